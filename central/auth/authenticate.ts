import type { FastifyRequest } from "fastify";
import type { CentralContext } from "../context";
import { findKioskByTokenHash } from "../db/queries/kiosks";
import type { KioskRow } from "../db/schema";
import { HttpError, unauthorized } from "../http/errors";
import { secretsEqual, sha256Hex } from "./secrets";

const bearer = (request: FastifyRequest): string | undefined => {
  const header = request.headers.authorization;
  const match = typeof header === "string" ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
};

/** The kiosk behind the request's bearer token, or a 401. */
export async function authenticateKiosk(ctx: CentralContext, request: FastifyRequest): Promise<KioskRow> {
  const token = bearer(request);
  if (token === undefined || token.length > 256) throw unauthorized();
  const hash = sha256Hex(token);
  const cached = ctx.kioskCache.get(hash);
  if (cached !== undefined) return cached;
  const kiosk = await findKioskByTokenHash(ctx.db, hash);
  if (kiosk === undefined) throw unauthorized();
  ctx.kioskCache.set(hash, kiosk);
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
