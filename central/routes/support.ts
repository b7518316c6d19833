import { randomUUID } from "node:crypto";
import * as z from "zod";
import { authenticateKiosk } from "../auth/authenticate";
import { requireRole } from "../managers/require-role";
import { appendAudit } from "../db/queries/audit";
import { getSupportPacket, listSupportPackets } from "../db/queries/support-packets";
import { notFound } from "../http/errors";
import { parseOr400 } from "../http/parse";
import { maskJsonStrings } from "../privacy/mask-text";
import { rowAad } from "../privacy/sealer";
import { storePacket } from "../requests/store-packet";
import {
  MAX_SUPPORT_PACKET_BYTES,
  SUPPORT_ROUTES,
  SupportPacket,
  type StoredSupportPacket,
  type SupportPacketList,
  type SupportPacketReceipt,
} from "../protocol";
import type { RouteModule } from "./types";

const ListQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) });
const IdParams = z.object({ id: z.uuid() });

/**
 * Support packets: a kiosk uploads one (its own token), a fleet manager lists and downloads them
 * (the manager credential; a kiosk token gets 401 like any wrong credential). The packet and the
 * technician's note are sealed at rest like residents' data, since logs describe what happened
 * at a public terminal.
 */
export const supportRoutes: RouteModule = (app, ctx) => {
  app.post(SUPPORT_ROUTES.supportPackets, { bodyLimit: MAX_SUPPORT_PACKET_BYTES }, async (request, reply) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const packet = SupportPacket.parse(maskJsonStrings(parseOr400(SupportPacket, request.body)));
    const id = randomUUID();
    const receivedAt = ctx.now().toISOString();
    const text = JSON.stringify(packet);
    const sizeBytes = Buffer.byteLength(text, "utf8");
    const outcome = await storePacket(
      ctx.db,
      {
        id,
        kiosk_id: kiosk.id,
        received_at: receivedAt,
        size_bytes: sizeBytes,
        note_sealed:
          packet.note === undefined ? null : ctx.sealer.seal(packet.note, rowAad("note", kiosk.id, id)),
        packet_sealed: ctx.sealer.seal(text, rowAad("packet", kiosk.id, id)),
      },
      packet.requestId,
    );
    if (outcome.kind === "replayed") {
      // The request was answered already: the first packet's receipt, nothing stored twice.
      const first = outcome.packet;
      const replayed: SupportPacketReceipt = {
        id: first.id,
        receivedAt: first.received_at,
        sizeBytes: first.size_bytes,
      };
      return reply.code(200).send(replayed);
    }
    if (outcome.answered) ctx.pendingRequests.clear();
    ctx.log.info(
      { kioskId: kiosk.id, packetId: id, sizeBytes, answered: outcome.answered },
      "support packet received",
    );
    const result: SupportPacketReceipt = { id, receivedAt, sizeBytes };
    return reply.code(201).send(result);
  });

  // Packets hold a kiosk's logs (masked) and device details: operators' work, not every viewer's.
  app.get<{ Querystring: { limit?: string } }>(SUPPORT_ROUTES.fleetSupportPackets, async (request) => {
    await requireRole(ctx, request, "operator");
    const { limit } = parseOr400(ListQuery, request.query);
    const rows = await listSupportPackets(ctx.db, limit);
    const result: SupportPacketList = {
      packets: rows.map((r) => ({
        id: r.id,
        kioskId: r.kiosk_id,
        receivedAt: r.received_at,
        sizeBytes: r.size_bytes,
        note:
          r.note_sealed === null ? null : ctx.sealer.open(r.note_sealed, rowAad("note", r.kiosk_id, r.id)),
      })),
    };
    return result;
  });

  app.get<{ Params: { id: string } }>(SUPPORT_ROUTES.fleetSupportPacket, async (request) => {
    const actor = await requireRole(ctx, request, "operator");
    const { id } = parseOr400(IdParams, request.params);
    const row = await getSupportPacket(ctx.db, id);
    if (row === undefined) throw notFound("support packet");
    await appendAudit(ctx.db, {
      at: ctx.now().toISOString(),
      actor: actor.name,
      action: "support-packet.download",
      detail: { packetId: id, kioskId: row.kiosk_id },
    });
    const result: StoredSupportPacket = {
      id: row.id,
      kioskId: row.kiosk_id,
      receivedAt: row.received_at,
      sizeBytes: row.size_bytes,
      note:
        row.note_sealed === null
          ? null
          : ctx.sealer.open(row.note_sealed, rowAad("note", row.kiosk_id, row.id)),
      packet: SupportPacket.parse(
        JSON.parse(ctx.sealer.open(row.packet_sealed, rowAad("packet", row.kiosk_id, row.id))),
      ),
    };
    return result;
  });
};
