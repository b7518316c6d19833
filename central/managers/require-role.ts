import type { FastifyRequest } from "fastify";
import { secretsEqual, sha256Hex } from "../auth/secrets";
import type { CentralContext } from "../context";
import { countManagers, sessionByHash } from "../db/queries/managers";
import { HttpError, unauthorized } from "../http/errors";
import { type Actor, Role, roleAtLeast } from "./roles";

const bearer = (request: FastifyRequest): string | undefined => {
  const header = request.headers.authorization;
  const match = typeof header === "string" ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
};

export const sessionExpired = (): HttpError =>
  new HttpError(
    401,
    "session_expired",
    "登录已过期，请重新登录",
    "the session has expired or ended; log in again",
  );

const forbidden = (needed: Role): HttpError =>
  new HttpError(403, "forbidden", "您的账号无权执行此操作", `this needs the ${needed} role`);

/**
 * The manager behind the request, holding at least `needed`, or 401/403.
 *
 * Two credentials: a session token from `POST /v1/fleet/login`, and CENTRAL_MANAGER_TOKEN for
 * scripts, which acts as a break-glass admin and is audited as "break-glass". A kiosk token is
 * refused like any wrong credential: kiosks stand in public places and never manage the fleet.
 */
export async function requireRole(
  ctx: CentralContext,
  request: FastifyRequest,
  needed: Role,
): Promise<Actor> {
  const token = bearer(request);
  if (token !== undefined && ctx.managerToken !== undefined && secretsEqual(token, ctx.managerToken)) {
    return { name: "break-glass", role: "admin", managerId: null, sessionHash: null };
  }
  if (token === undefined || token.length > 256) throw await noCredential(ctx);
  const hash = sha256Hex(token);
  const session = await sessionByHash(ctx.db, hash);
  if (session === undefined) throw await noCredential(ctx);
  if (
    session.ended_at !== null ||
    session.disabled_at !== null ||
    session.expires_at <= ctx.now().toISOString()
  ) {
    throw sessionExpired();
  }
  const role = Role.parse(session.role);
  if (!roleAtLeast(role, needed)) throw forbidden(needed);
  return { name: `manager:${session.username}`, role, managerId: session.manager_id, sessionHash: hash };
}

/** 401: plain "unauthorized", or "fleet_disabled" while no credential could ever succeed. */
async function noCredential(ctx: CentralContext): Promise<HttpError> {
  if (ctx.managerToken === undefined && (await countManagers(ctx.db)) === 0) {
    return new HttpError(
      401,
      "fleet_disabled",
      "未配置管理员凭证，终端管理功能未开启",
      "fleet routes are disabled: set CENTRAL_MANAGER_TOKEN or add a manager (npm run fleet -- add-manager)",
    );
  }
  return unauthorized();
}
