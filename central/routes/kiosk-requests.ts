import * as z from "zod";
import { listRequests } from "../db/queries/kiosk-requests";
import { notFound } from "../http/errors";
import { parseOr400 } from "../http/parse";
import { requireRole } from "../managers/require-role";
import { type KioskRequestList, REQUEST_ROUTES } from "../protocol";
import { askKiosk } from "../requests/ask";
import { toKioskRequest } from "../requests/to-reply";
import type { RouteModule } from "./types";

const ListQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) });
const IdParams = z.object({ id: z.string().min(1).max(200) });

/**
 * A fleet manager's requests of one kiosk: ask for a support packet or a token rotation (operator,
 * audited), and see them pending and done (viewer). The kiosk hears of them in its heartbeat's
 * reply; asking again while one waits returns the waiting one (200) instead of adding another.
 */
export const kioskRequestRoutes: RouteModule = (app, ctx) => {
  for (const [route, kind] of [
    [REQUEST_ROUTES.fleetKioskRequestSupportPacket, "support-packet"],
    [REQUEST_ROUTES.fleetKioskRequestTokenRotation, "token-rotation"],
  ] as const) {
    app.post<{ Params: { id: string } }>(route, async (request, reply) => {
      const actor = await requireRole(ctx, request, "operator");
      const { id } = parseOr400(IdParams, request.params);
      const result = await askKiosk(ctx.db, id, kind, actor.name, ctx.now());
      // This process's kiosks hear of it at their next heartbeat; other processes within 1 s.
      if (result.created) ctx.pendingRequests.clear();
      return reply.code(result.created ? 201 : 200).send(result);
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
