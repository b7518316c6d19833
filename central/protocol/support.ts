/**
 * Support packets: a kiosk's masked logs, versions, device states and config digest, sent to
 * central when a technician asks for help from the maintenance menu, and read by a fleet manager.
 */
import * as z from "zod";
import { isoDateTime } from "./primitives";

/** Route paths of support packets (kept here, beside their schemas). */
export const SUPPORT_ROUTES = {
  supportPackets: "/v1/support-packets",
  fleetSupportPackets: "/v1/fleet/support-packets",
  fleetSupportPacket: "/v1/fleet/support-packets/:id",
} as const;

/** Largest accepted support packet body, in bytes (larger → 413). */
export const MAX_SUPPORT_PACKET_BYTES = 256 * 1024;

const line = z.string().max(2000);

/** One diagnostic's verdict as the menu last showed it. */
export const SupportDiagnostic = z.object({
  id: z.string().min(1).max(40),
  verdict: z.enum(["ok", "warn", "fail"]),
  summary: line,
});

/** What the kiosk sends: nothing in it may carry an unmasked ID number (both sides mask). */
export const SupportPacket = z
  .object({
    createdAt: isoDateTime,
    /** Why the technician sent it, in their words; optional. */
    note: z.string().max(500).optional(),
    /**
     * The fleet manager's request this packet answers (heartbeat reply `requests[].id`); central
     * stores one packet per request, so a kiosk that sends again after a lost reply gets the
     * first packet's receipt.
     */
    requestId: z.uuid().optional(),
    versions: z.object({
      app: z.string().max(64),
      config: z.number().int().min(0),
      catalog: z.string().max(64),
    }),
    /** sha256 hex of the canonical JSON of the config in force (with the local layer). */
    configDigest: z.string().regex(/^[0-9a-f]{64}$/),
    /** Reader and printer as the kiosk sees them (state, port, baud, last error). */
    devices: z.record(
      z.string().max(40),
      z.record(z.string().max(40), z.union([z.string().max(500), z.number(), z.boolean(), z.null()])),
    ),
    diagnostics: z.array(SupportDiagnostic).max(40).default([]),
    /** Recent warning and error log lines, masked, oldest first. */
    logs: z.array(line).max(500),
  })
  .strict();
export type SupportPacket = z.infer<typeof SupportPacket>;

export const SupportPacketReceipt = z.object({
  id: z.uuid(),
  receivedAt: isoDateTime,
  sizeBytes: z.number().int(),
});
export type SupportPacketReceipt = z.infer<typeof SupportPacketReceipt>;

/** One row of the fleet manager's list (no contents). */
export const SupportPacketListing = z.object({
  id: z.uuid(),
  kioskId: z.string(),
  receivedAt: isoDateTime,
  sizeBytes: z.number().int(),
  note: z.string().nullable(),
});
export const SupportPacketList = z.object({ packets: z.array(SupportPacketListing) });
export type SupportPacketList = z.infer<typeof SupportPacketList>;

/** One packet as the fleet manager downloads it. */
export const StoredSupportPacket = SupportPacketListing.extend({ packet: SupportPacket });
export type StoredSupportPacket = z.infer<typeof StoredSupportPacket>;
