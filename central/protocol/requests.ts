/**
 * Remote requests: a fleet manager asks one kiosk for something it does by itself at its next
 * heartbeat (send a support packet, rotate its token). The kiosk learns of them from the
 * heartbeat's reply; central marks one done when the packet arrives or the new token is first used.
 */
import * as z from "zod";
import { isoDateTime } from "./primitives";

/** Route paths of remote requests (fleet side; the kiosk side is the heartbeat). */
export const REQUEST_ROUTES = {
  fleetKioskRequests: "/v1/fleet/kiosks/:id/requests",
  fleetKioskRequestSupportPacket: "/v1/fleet/kiosks/:id/requests/support-packet",
  fleetKioskRequestTokenRotation: "/v1/fleet/kiosks/:id/requests/token-rotation",
} as const;

export const KioskRequestKind = z.enum(["support-packet", "token-rotation"]);
export type KioskRequestKind = z.infer<typeof KioskRequestKind>;

/** A pending request as the heartbeat reply carries it. */
export const PendingKioskRequest = z.object({
  /** Names the request; a support packet sent for it carries it as `requestId`. */
  id: z.uuid(),
  kind: KioskRequestKind,
  requestedAt: isoDateTime,
});
export type PendingKioskRequest = z.infer<typeof PendingKioskRequest>;

/** At most one pending request per kind, so a heartbeat reply carries at most this many. */
export const MAX_PENDING_REQUESTS = KioskRequestKind.options.length;

/** One request as a fleet manager sees it. */
export const KioskRequest = z.object({
  id: z.uuid(),
  kioskId: z.string(),
  kind: KioskRequestKind,
  requestedAt: isoDateTime,
  /** The manager who asked ("manager:NAME" or "break-glass"). */
  requestedBy: z.string(),
  status: z.enum(["pending", "done"]),
  doneAt: isoDateTime.nullable(),
  /** For a support-packet request that is done: the packet that answered it. */
  packetId: z.uuid().nullable(),
});
export type KioskRequest = z.infer<typeof KioskRequest>;

/** `POST …/requests/:kind`: the pending request, new (201) or the one already waiting (200). */
export const KioskRequestReply = z.object({ request: KioskRequest, created: z.boolean() });
export type KioskRequestReply = z.infer<typeof KioskRequestReply>;

/** `GET …/requests`: newest first, pending and done. */
export const KioskRequestList = z.object({ requests: z.array(KioskRequest) });
export type KioskRequestList = z.infer<typeof KioskRequestList>;
