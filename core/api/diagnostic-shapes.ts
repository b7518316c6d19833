/** Shapes of the maintenance menu's diagnostics, device choice and support packet. */
import * as z from "zod";
import { Message } from "./kiosk-shapes";

/** Every diagnostic the menu offers, in the order it shows them (core/maintenance/diagnostics/). */
export const DiagnosticId = z.enum([
  "reader",
  "printer",
  "devices",
  "network",
  "outbox",
  "config",
  "catalog",
  "system",
  "errors",
  "app",
]);
export type DiagnosticId = z.infer<typeof DiagnosticId>;

export const Verdict = z.enum(["ok", "warn", "fail"]);
export type Verdict = z.infer<typeof Verdict>;

/** One line of a diagnostic's details: a plain label and its value as shown. */
export const DiagnosticDetail = z.object({ label: Message, value: z.string() });
export type DiagnosticDetail = z.infer<typeof DiagnosticDetail>;

export const DiagnosticResult = z.object({
  id: DiagnosticId,
  verdict: Verdict,
  /** One plain sentence: what was found and, when not ok, what to do. */
  summary: Message,
  details: z.array(DiagnosticDetail),
  /** Free lines below the details (log lines, history rows), already masked. */
  lines: z.array(z.string()).default([]),
  at: z.string(),
});
export type DiagnosticResult = z.infer<typeof DiagnosticResult>;

export const DiagnosticInfo = z.object({ id: DiagnosticId, label: Message, hint: Message });
export type DiagnosticInfo = z.infer<typeof DiagnosticInfo>;

export const DeviceKind = z.enum(["reader", "printer"]);
export type DeviceKind = z.infer<typeof DeviceKind>;

/** A port the OS lists: what the technician picks from. */
export const PortCandidate = z.object({
  kind: z.enum(["serial", "hid"]),
  path: z.string(),
  usbId: z.string().optional(),
  description: z.string().optional(),
});
export type PortCandidate = z.infer<typeof PortCandidate>;

export const DeviceSetting = z.object({ port: z.string(), baudRate: z.number().int() });

export const DeviceSettings = z.object({
  reader: DeviceSetting,
  printer: DeviceSetting,
  /** Where each setting came from: the environment at start, or the menu's saved local layer. */
  source: z.object({ reader: z.enum(["env", "local"]), printer: z.enum(["env", "local"]) }),
  baudRates: z.array(z.number().int()),
  ports: z.array(PortCandidate),
});
export type DeviceSettings = z.infer<typeof DeviceSettings>;

export const SupportPacketResult = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), id: z.string(), sizeBytes: z.number().int(), message: Message }),
  z.object({ ok: z.literal(false), message: Message }),
]);
export type SupportPacketResult = z.infer<typeof SupportPacketResult>;
