import type { FastifyRequest } from "fastify";
import type { CentralContext } from "../context";
import { markRequestDone } from "../db/queries/kiosk-requests";
import { promoteNextToken } from "../db/queries/kiosks";
import type { KioskRow } from "../db/schema";
import { HttpError, unauthorized } from "../http/errors";
import { secretsEqual, sha256Hex } from "./secrets";

const bearer = (request: FastifyRequest): string | undefined => {
  const header = request.headers.authorization;
  const match = typeof header === "string" ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
};

/** A revoked kiosk's token: 401, told apart from a wrong token (and not counted as a guess). */
export const kioskRevoked = (): HttpError =>
  new HttpError(401, "kiosk_revoked", "终端已被停用，请联系管理员", "this kiosk has been revoked");

/**
 * The kiosk behind the request's bearer token, or a 401 (`kiosk_revoked` for a revoked kiosk).
 * The first use of a rotated token retires the one before it, and answers a manager's pending
 * token-rotation request.
 *
 * The kiosk comes from the process's cache (auth/kiosk-cache.ts) while no kiosk has changed: a
 * revocation in one process must reach every other process within 2 s, and the cache forgets
 * every kiosk within a quarter of a second of any change to one.
 */
export async function authenticateKiosk(ctx: CentralContext, request: FastifyRequest): Promise<KioskRow> {
  const token = bearer(request);
  if (token === undefined || token.length > 256) throw unauthorized();
  const hash = sha256Hex(token);
  const epoch = await ctx.kioskCache.current();
  const cached = ctx.kioskCache.get(hash);
  if (cached !== undefined) return cached;
  const kiosk = await ctx.kioskLookup.find(hash);
  if (kiosk === undefined) throw unauthorized();
  if (kiosk.revoked_at !== null) throw kioskRevoked();
  if (kiosk.next_token_hash === hash) {
    await promoteNextToken(ctx.db, kiosk.id, hash);
    ctx.kioskCache.clear();
    // The old token is now dead: what a manager's token-rotation request asked for.
    const done = await markRequestDone(
      ctx.db,
      { kioskId: kiosk.id, kind: "token-rotation" },
      ctx.now().toISOString(),
    );
    if (done > 0) ctx.pendingRequests.clear();
  }
  ctx.kioskCache.set(hash, kiosk, epoch);
  return kiosk;
}

/**
 * Accepts only the fleet manager's credential. A kiosk token is refused like any other wrong
 * credential: kiosks are in public places and must never manage the fleet.
 */
export function requireManager(ctx: CentralContext, request: FastifyRequest): void {
  if (ctx.managerToken === undefined) {
    throw new HttpError(
      401,
      "fleet_disabled",
      "未配置管理员凭证，终端管理功能未开启",
      "fleet routes are disabled: set CENTRAL_MANAGER_TOKEN",
    );
  }
  const token = bearer(request);
  if (token === undefined || !secretsEqual(token, ctx.managerToken)) throw unauthorized();
}
