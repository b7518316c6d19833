/** Shapes of the maintenance menu: actions, their results, the status report. */
import * as z from "zod";
import { CardType } from "../../kiosk-config/identity/card-types";
import { KioskStatus, Message } from "./kiosk-shapes";

/**
 * What a technician can do from the maintenance menu. The sim-* actions drive the built-in
 * simulated devices (the "virtual devices" panel) and fail plainly on real hardware.
 */
export const MaintenanceAction = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("sync-now") }),
  z.object({ kind: z.literal("test-print") }),
  z.object({
    kind: z.literal("sim-place-card"),
    cardType: CardType.default("resident"),
    /** An adult card holder (most services need one); default true. */
    adult: z.boolean().default(true),
  }),
  z.object({ kind: z.literal("sim-remove-card") }),
  z.object({
    kind: z.literal("sim-reader-fault"),
    /**
     * One of the virtual reader's faults, as the report's `simulated.readerFaults` lists them: the
     * simulator's list is the only one (core refuses any other name plainly).
     */
    fault: z.string().min(1).max(40),
  }),
  z.object({ kind: z.literal("sim-paper"), paper: z.enum(["ok", "near-end", "out"]) }),
  z.object({ kind: z.literal("sim-cover"), open: z.boolean() }),
  /** Send a parked ("needs attention") outbox item again, at its place in the queue. */
  z.object({ kind: z.literal("outbox-retry"), id: z.uuid() }),
  /** Give a parked outbox item up: it leaves the queue as rejected and its data is erased. */
  z.object({ kind: z.literal("outbox-discard"), id: z.uuid() }),
  /** A short slip cut in full (the test page cuts partially), to check the cutter. */
  z.object({ kind: z.literal("printer-cut-test") }),
  /** Back to the config committed before the one in force (or the built-in defaults). */
  z.object({ kind: z.literal("config-rollback") }),
  /** Restarts the app (after the menu has closed the resident's session). */
  z.object({ kind: z.literal("restart-app") }),
]);
export type MaintenanceAction = z.infer<typeof MaintenanceAction>;

export const MaintenanceResult = z.object({
  ok: z.boolean(),
  message: Message,
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});
export type MaintenanceResult = z.infer<typeof MaintenanceResult>;

export const MaintenanceReport = z.object({
  status: KioskStatus,
  outbox: z.object({
    depth: z.number().int().nonnegative(),
    rejected: z.array(z.object({ serviceId: z.string(), reason: z.string(), at: z.string() })),
    /** Items that kept failing and wait for a technician to retry or discard them. */
    parked: z
      .array(
        z.object({
          id: z.string(),
          serviceId: z.string(),
          reason: z.string(),
          at: z.string(),
          attempts: z.number().int().nonnegative(),
        }),
      )
      .default([]),
  }),
  /**
   * The latest payment orders this kiosk opened, newest first, as central last said they stood:
   * one paid after the resident left shows here as `paid` once the heartbeat reconciled it.
   */
  payments: z
    .array(
      z.object({
        orderId: z.string(),
        serviceId: z.string(),
        amountFen: z.number().int(),
        state: z.string(),
        transactionNo: z.string().nullable(),
        createdAt: z.string(),
        updatedAt: z.string(),
      }),
    )
    .default([]),
  /** What a technician must look at: a damaged store set aside at start, a full disk. */
  alerts: z.array(z.object({ code: z.string(), message: Message, at: z.string() })).default([]),
  simulated: z.object({
    reader: z.boolean(),
    printer: z.boolean(),
    /** The faults the virtual reader can inject (empty on a real reader): the page offers these. */
    readerFaults: z.array(z.string()),
  }),
  /**
   * The config in force: its fleet version (0 = built-in defaults), the digest the central checks
   * for drift, and which layer set each value (dotted path → e.g. "site:fz-citizen-centre v12";
   * a path not listed is the built-in default).
   */
  config: z
    .object({
      version: z.number().int().nonnegative(),
      digest: z.string(),
      sources: z.record(z.string(), z.string()),
    })
    .optional(),
  /** The virtual printer's last tickets as plain text, newest first. */
  recentTickets: z.array(z.object({ text: z.string(), cut: z.boolean() })),
});
export type MaintenanceReport = z.infer<typeof MaintenanceReport>;
