import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Limit } from "../access/limits";
import type { CentralContext } from "../context";
import { HttpError } from "../http/errors";

/** A 429 that tells the client when to come back (the error handler sets `Retry-After`). */
export class RetryLater extends HttpError {
  constructor(
    readonly retryAfterSeconds: number,
    code: string,
    zh: string,
    en: string,
  ) {
    super(429, code, zh, en);
    this.name = "RetryLater";
  }
}

type Limiter = ReturnType<FastifyInstance["createRateLimit"]>;

// One pair of limiters per Fastify instance, made on first use: the plugin's `createRateLimit`
// exists only once the plugin has loaded, after the routes were declared.
const limiters = new WeakMap<FastifyInstance, { enroll: Limiter; authFailures: Limiter }>();

function limitersOf(ctx: CentralContext, request: FastifyRequest) {
  let made = limiters.get(request.server);
  if (made === undefined) {
    const limiter = (prefix: string, limit: Limit): Limiter =>
      request.server.createRateLimit({
        max: limit.max,
        timeWindow: limit.windowMs,
        keyGenerator: (r) => `${prefix}:${r.ip}`,
      });
    made = {
      enroll: limiter("enroll", ctx.limits.enroll),
      authFailures: limiter("auth", ctx.limits.authFailures),
    };
    limiters.set(request.server, made);
  }
  return made;
}

/** Counts one attempt of `limiter` for the request's address; true when it is over the limit. */
async function overLimit(
  limiter: Limiter,
  request: FastifyRequest,
): Promise<{ over: boolean; after: number }> {
  const result = await limiter(request);
  if (result.isAllowed) return { over: false, after: 0 };
  return { over: result.isExceeded, after: Math.max(1, result.ttlInSeconds) };
}

/** Counts an enrollment attempt from the request's address; past the limit throws a 429. */
export async function countEnrollAttempt(ctx: CentralContext, request: FastifyRequest): Promise<void> {
  const { over, after } = await overLimit(limitersOf(ctx, request).enroll, request);
  if (over) {
    ctx.log.warn({ address: request.ip }, "enrollment attempts over the per-address limit");
    throw new RetryLater(
      after,
      "rate_limited",
      "登记尝试次数过多，请稍后再试",
      `too many enrollment attempts from this address; retry in ${after} s`,
    );
  }
}

/**
 * Counts a failed authentication (any `401 unauthorized`) from the request's address, and turns
 * it into a 429 once the address is over its limit. Valid tokens are never slowed: only failures
 * are counted, so kiosks behind one NAT address keep working while a neighbour with a revoked
 * token (answered `kiosk_revoked`, not counted) retries.
 */
export async function limitFailedAuthentication(
  ctx: CentralContext,
  request: FastifyRequest,
  error: HttpError,
): Promise<HttpError> {
  if (error.status !== 401 || (error.reason.code !== "unauthorized" && error.reason.code !== "bad_login"))
    return error;
  try {
    const { over, after } = await overLimit(limitersOf(ctx, request).authFailures, request);
    if (!over) return error;
    ctx.log.warn({ address: request.ip }, "failed authentications over the per-address limit");
    return new RetryLater(
      after,
      "rate_limited",
      "验证失败次数过多，请稍后再试",
      `too many failed authentications from this address; retry in ${after} s`,
    );
  } catch (countError) {
    // The 401 stands even when the count could not be stored.
    ctx.log.error({ err: countError }, "could not count a failed authentication");
    return error;
  }
}
