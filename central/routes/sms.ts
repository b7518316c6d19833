import { authenticateKiosk } from "../auth/authenticate";
import { parseOr400 } from "../http/parse";
import { IDEMPOTENT_REPLAYED_HEADER, ReferenceSmsRequest, SMS_ROUTES } from "../protocol";
import { SimulatorSms } from "../sms/simulator";
import { sendReferenceSms } from "../sms/send-reference";
import type { RouteModule } from "./types";

/** Texting a submission's reference number when the kiosk could not print it (kiosk token). */
export const smsRoutes: RouteModule = (app, ctx) => {
  const provider = new SimulatorSms(ctx.db, () => ctx.now());
  app.post(SMS_ROUTES.referenceSms, async (request, reply) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const body = parseOr400(ReferenceSmsRequest, request.body);
    const deps = {
      db: ctx.db,
      catalog: ctx.catalog,
      sealer: ctx.sealer,
      provider,
      log: ctx.log,
      now: () => ctx.now(),
    };
    const { reply: sent, replayed } = await sendReferenceSms(deps, kiosk.id, body);
    if (replayed) void reply.header(IDEMPOTENT_REPLAYED_HEADER, "true");
    return reply.code(replayed ? 200 : 201).send(sent);
  });
};
