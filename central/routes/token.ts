import { authenticateKiosk, kioskRevoked } from "../auth/authenticate";
import { newToken, sha256Hex } from "../auth/secrets";
import { appendAudit } from "../db/queries/audit";
import { setNextToken } from "../db/queries/kiosks";
import { ROUTES, type TokenRotateReply } from "../protocol";
import type { RouteModule } from "./types";

export const tokenRoutes: RouteModule = (app, ctx) => {
  /**
   * A new token for the calling kiosk. It waits beside the current one until its first use, which
   * retires the current one; asking again before that replaces the waiting token (its reply may
   * have been lost), so a kiosk can never lock itself out by rotating.
   */
  app.post(ROUTES.tokenRotate, async (request, reply) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const token = newToken();
    // Revoked between the cache and now: the kiosk gets no new token.
    if (!(await setNextToken(ctx.db, kiosk.id, sha256Hex(token)))) throw kioskRevoked();
    await appendAudit(ctx.db, {
      at: ctx.now().toISOString(),
      actor: `kiosk:${kiosk.id}`,
      action: "kiosk.token-rotate",
      detail: {},
    });
    ctx.log.info({ kioskId: kiosk.id }, "kiosk token rotated");
    const result: TokenRotateReply = { kioskId: kiosk.id, token };
    return reply.code(201).send(result);
  });
};
