import { randomUUID } from "node:crypto";
import * as z from "zod";
import { appendAudit } from "../db/queries/audit";
import { insertRequestIfNone, listRequests, pendingRequest } from "../db/queries/kiosk-requests";
import { HttpError, notFound } from "../http/errors";
import { parseOr400 } from "../http/parse";
import { requireRole } from "../managers/require-role";
import { type KioskRequestList, type KioskRequestReply, REQUEST_ROUTES } from "../protocol";
import { toKioskRequest } from "../requests/to-reply";
import type { RouteModule } from "./types";

const ListQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) });
const IdParams = z.object({ id: z.string().min(1).max(200) });

const revoked = (): HttpError =>
  new HttpError(
    409,
    "kiosk_revoked",
    "终端已被停用，无法接收请求",
    "this kiosk is revoked and takes no requests",
  );

/**
 * A fleet manager's requests of one kiosk: ask for a support packet or a token rotation (operator,
 * audited), and see them pending and done (viewer). The kiosk hears of them in its heartbeat's
 * reply; asking again while one waits returns the waiting one instead of adding another.
 */
export const kioskRequestRoutes: RouteModule = (app, ctx) => {
  for (const [route, kind] of [
    [REQUEST_ROUTES.fleetKioskRequestSupportPacket, "support-packet"],
    [REQUEST_ROUTES.fleetKioskRequestTokenRotation, "token-rotation"],
  ] as const) {
    app.post<{ Params: { id: string } }>(route, async (request, reply) => {
      const actor = await requireRole(ctx, request, "operator");
      const { id } = parseOr400(IdParams, request.params);
      const kiosk = await ctx.db
        .selectFrom("kiosks")
        .select(["id", "revoked_at"])
        .where("id", "=", id)
        .executeTakeFirst();
      if (kiosk === undefined) throw notFound("kiosk");
      if (kiosk.revoked_at !== null) throw revoked();
      const at = ctx.now().toISOString();
      const requestId = randomUUID();
      const created = await ctx.db.transaction().execute(async (tx) => {
        const added = await insertRequestIfNone(tx, {
          id: requestId,
          kiosk_id: kiosk.id,
          kind,
          requested_at: at,
          requested_by: actor.name,
        });
        // A repeated ask changes nothing, so only the one that added the request is audited.
        if (added) {
          await appendAudit(tx, {
            at,
            actor: actor.name,
            action: `kiosk.request.${kind}`,
            detail: { kioskId: kiosk.id, requestId },
          });
        }
        return added;
      });
      if (created) ctx.pendingRequests.clear();
      const row = await pendingRequest(ctx.db, kiosk.id, kind);
      // Done between the insert and this read (a kiosk that answered at once): the list has it.
      const view = row === undefined ? undefined : toKioskRequest(row);
      if (view === undefined) throw notFound("pending request");
      const result: KioskRequestReply = { request: view, created };
      return reply.code(created ? 201 : 200).send(result);
    });
  }

  app.get<{ Params: { id: string }; Querystring: { limit?: string } }>(
    REQUEST_ROUTES.fleetKioskRequests,
    async (request) => {
      await requireRole(ctx, request, "viewer");
      const { id } = parseOr400(IdParams, request.params);
      const { limit } = parseOr400(ListQuery, request.query);
      const kiosk = await ctx.db.selectFrom("kiosks").select("id").where("id", "=", id).executeTakeFirst();
      if (kiosk === undefined) throw notFound("kiosk");
      const rows = await listRequests(ctx.db, kiosk.id, limit);
      const result: KioskRequestList = {
        requests: rows.flatMap((r) => {
          const view = toKioskRequest(r);
          return view === undefined ? [] : [view];
        }),
      };
      return result;
    },
  );
};
