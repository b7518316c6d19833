import type { FastifyRequest } from "fastify";
import * as z from "zod";
import { authenticateKiosk } from "../auth/authenticate";
import type { CentralContext } from "../context";
import {
  IDEMPOTENT_REPLAYED_HEADER,
  PAYMENT_ROUTES,
  PaymentOrderRequest,
  PaymentStatusQuery,
} from "../protocol";
import { parseOr400 } from "../http/parse";
import { demoBills } from "../payments/bills";
import {
  cancelOrder,
  createOrder,
  findOrder,
  type PaymentDeps,
  refreshOrder,
  toWire,
} from "../payments/orders";
import { payPage, unknownLinkPage } from "../payments/pay-page";
import { publicBaseFor } from "../payments/public-base";
import { settleFromProvider } from "../payments/settle";
import { SimulatorProvider } from "../payments/simulator";
import type { RouteModule } from "./types";

const IdParams = z.object({ id: z.uuid() });
const TokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });
const ActionParams = TokenParams.extend({ action: z.enum(["pay", "decline", "timeout"]) });
/** How often a held status read looks again. */
const POLL_MS = 200;


function depsFor(
  ctx: CentralContext,
  request: FastifyRequest,
): PaymentDeps & { provider: SimulatorProvider } {
  const now = () => ctx.now();
  return {
    db: ctx.db,
    catalog: ctx.catalog,
    bills: demoBills,
    provider: new SimulatorProvider(ctx.db, now, publicBaseFor(ctx, request)),
    now,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Payment orders (kiosk token): open one for a submission, read its state (held open up to
 * `?wait=` seconds while it stays `?since=`), cancel it. And the simulator's pay page, which the QR
 * code opens: no kiosk token there — the unguessable link is the payer's only credential.
 */
export const paymentRoutes: RouteModule = (app, ctx) => {
  app.post(PAYMENT_ROUTES.paymentOrders, async (request, reply) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const body = parseOr400(PaymentOrderRequest, request.body);
    const { order, replayed } = await createOrder(depsFor(ctx, request), kiosk.id, body);
    if (replayed) void reply.header(IDEMPOTENT_REPLAYED_HEADER, "true");
    return reply.code(replayed ? 200 : 201).send(toWire(order));
  });

  app.get(PAYMENT_ROUTES.paymentOrder, async (request) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const { id } = parseOr400(IdParams, request.params);
    const { wait, since } = parseOr400(PaymentStatusQuery, request.query);
    const deps = depsFor(ctx, request);
    const deadline = Date.now() + wait * 1000;
    let row = await refreshOrder(deps, await findOrder(deps, kiosk.id, id));
    while (
      since !== undefined &&
      row.state === since &&
      Date.now() < deadline &&
      !request.raw.socket.destroyed
    ) {
      await sleep(POLL_MS);
      row = await refreshOrder(deps, await findOrder(deps, kiosk.id, id));
    }
    return toWire(row);
  });

  app.post(PAYMENT_ROUTES.paymentOrderCancel, async (request) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const { id } = parseOr400(IdParams, request.params);
    const deps = depsFor(ctx, request);
    return toWire(await cancelOrder(deps, await findOrder(deps, kiosk.id, id)));
  });

  // The pay page posts plain HTML forms; their (empty) form bodies are accepted here only.
  void app.register((scope, _options, registered) => {
    scope.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_r, _b, done) =>
      done(null, {}),
    );

    scope.get(PAYMENT_ROUTES.simPayPage, async (request, reply) => {
      const parsed = TokenParams.safeParse(request.params);
      const provider = depsFor(ctx, request).provider;
      const row = parsed.success ? await provider.byToken(parsed.data.token) : undefined;
      void reply.type("text/html; charset=utf-8").header("cache-control", "no-store");
      if (row === undefined) return reply.code(404).send(unknownLinkPage());
      const status = await provider.status(row.id);
      return payPage({
        token: row.token,
        amountFen: row.amount_fen,
        description: provider.description(row),
        state: status.state,
        transactionNo: status.transactionNo ?? null,
      });
    });

    scope.post(PAYMENT_ROUTES.simPayAction, async (request, reply) => {
      const parsed = ActionParams.safeParse(request.params);
      const deps = depsFor(ctx, request);
      const wantsJson = (request.headers.accept ?? "").includes("application/json");
      const acted = parsed.success
        ? await deps.provider.act(parsed.data.token, parsed.data.action)
        : undefined;
      const row = parsed.success ? await deps.provider.byToken(parsed.data.token) : undefined;
      if (acted === undefined || row === undefined) {
        return wantsJson
          ? reply.code(404).send({ error: { code: "not_found", zh: "付款链接无效", en: "no such pay link" } })
          : reply.code(404).type("text/html; charset=utf-8").send(unknownLinkPage());
      }
      // The simulator's "notification": the order takes the payer's outcome at once.
      await settleFromProvider(deps, deps.provider, acted.id);
      if (wantsJson) return { state: acted.status.state, transactionNo: acted.status.transactionNo };
      return reply.type("text/html; charset=utf-8").send(
        payPage({
          token: row.token,
          amountFen: row.amount_fen,
          description: deps.provider.description(row),
          state: acted.status.state,
          transactionNo: acted.status.transactionNo ?? null,
        }),
      );
    });
    registered();
  });
};
