import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  LogController,
} from "fastify";
import rateLimit from "@fastify/rate-limit";
import { limitFailedAuthentication, RetryLater } from "./auth/address-limits";
import { databaseRateLimitStore } from "./auth/rate-limit-store";
import type { CentralContext } from "./context";
import { badRequest, HttpError } from "./http/errors";
import { jsonDepthOver } from "./http/json-depth";
import { MAX_BODY_BYTES, MAX_JSON_DEPTH, ROUTES } from "./protocol";
import { catalogRoutes } from "./routes/catalog";
import { configRoutes } from "./routes/config";
import { consoleRoutes } from "./routes/console";
import { documentRoutes } from "./routes/documents";
import { enrollRoutes } from "./routes/enroll";
import { fleetRoutes } from "./routes/fleet";
import { fleetKioskRoutes } from "./routes/fleet-kiosks";
import { managerRoutes } from "./routes/managers";
import { paymentRoutes } from "./routes/payments";
import { popularRoutes } from "./routes/popular";
import { smsRoutes } from "./routes/sms";
import { paymentRefundRoutes } from "./routes/payment-refunds";
import { rolloutRoutes } from "./routes/rollouts";
import { healthRoutes } from "./routes/health";
import { heartbeatRoutes } from "./routes/heartbeat";
import { kioskRequestRoutes } from "./routes/kiosk-requests";
import { queryRoutes } from "./routes/queries";
import { submissionRoutes } from "./routes/submissions";
import { supportRoutes } from "./routes/support";
import { ticketRoutes } from "./routes/tickets";
import { tokenRoutes } from "./routes/token";
import { updateRoutes } from "./routes/updates";

const routeModules = [
  healthRoutes,
  enrollRoutes,
  submissionRoutes,
  heartbeatRoutes,
  catalogRoutes,
  configRoutes,
  ticketRoutes,
  queryRoutes,
  tokenRoutes,
  updateRoutes,
  fleetRoutes,
  supportRoutes,
  managerRoutes,
  rolloutRoutes,
  fleetKioskRoutes,
  kioskRequestRoutes,
  consoleRoutes,
  paymentRoutes,
  popularRoutes,
  smsRoutes,
  paymentRefundRoutes,
  documentRoutes,
];

/** Fastify's own 4xx errors (parser, body limit, media type) in the service's error shape. */
function frameworkReason(error: FastifyError): { code: string; zh: string; en: string } {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return { code: "too_large", zh: "提交内容过大", en: error.message };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { code: "unsupported_media_type", zh: "请求格式不受支持", en: error.message };
    default:
      return { code: "invalid_request", zh: "请求格式不正确", en: error.message };
  }
}

/** One registered route, as the OpenAPI coverage test lists them. */
export interface RegisteredRoute {
  method: string;
  url: string;
}

/**
 * The Fastify app with every route of the contract, its error shape and its metrics hooks.
 * `onRoute` hears of every route as it is registered (the server keeps the list).
 */
export function buildApp(ctx: CentralContext, onRoute?: (route: RegisteredRoute) => void): FastifyInstance {
  const logger: FastifyBaseLogger = ctx.log;
  const app: FastifyInstance = Fastify({
    loggerInstance: logger,
    // Routes that take more say so themselves (submissions, batches).
    bodyLimit: MAX_BODY_BYTES,
    // Per-request lines only at debug: at a fleet's heartbeat rate they would drown the log.
    // IDs in URLs are uuids; bodies are never logged.
    logController: new LogController({ disableRequestLogging: !ctx.log.isLevelEnabled("debug") }),
  });

  // Every JSON body, on every route, is refused (400) when nested too deep: recursive code further
  // on (canonical JSON, JSON.stringify, validators) must never meet a value that overflows its stack.
  // A batch is the exception: its route checks each item on its own (JSON.parse and the depth
  // check do not recurse), so one deep item is one 400 result, not a refused batch.
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    void parseJson(
      request,
      typeof body === "string" ? body : body.toString("utf8"),
      (error, value: unknown) => {
        if (error !== null) done(error, undefined);
        else if (request.routeOptions.url !== ROUTES.submissionsBatch && jsonDepthOver(value, MAX_JSON_DEPTH))
          done(badRequest("too_deep", `JSON nested deeper than ${MAX_JSON_DEPTH} levels`), undefined);
        else done(null, value);
      },
    );
  });

  app.addHook("onResponse", (request, reply, done) => {
    const route = request.routeOptions.url ?? "unmatched";
    ctx.metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    ctx.metrics.latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
    done();
  });

  // Limits are counted in the database (works across processes); routes apply them by hand.
  void app.register(rateLimit, { global: false, store: databaseRateLimitStore(ctx.db, () => ctx.now()) });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    if (error instanceof HttpError) {
      const refused = await limitFailedAuthentication(ctx, request, error);
      if (refused instanceof RetryLater) void reply.header("retry-after", String(refused.retryAfterSeconds));
      return reply.code(refused.status).send({ error: refused.reason });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.code(status).send({ error: frameworkReason(error) });
    request.log.error({ err: error }, "request failed");
    return reply
      .code(500)
      .send({ error: { code: "internal", zh: "服务暂时不可用，请稍后再试", en: "internal error" } });
  });

  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).send({ error: { code: "not_found", zh: "未找到", en: "no such route" } }),
  );

  if (onRoute !== undefined)
    app.addHook("onRoute", (route) => {
      for (const method of [route.method].flat()) onRoute({ method, url: route.url });
    });
  for (const register of routeModules) register(app, ctx);
  return app;
}
