/**
 * The KioskApi: the one typed door between the UI and the kiosk runtime.
 *
 * Both shells (Electron's preload + main, and the web shell's WebSocket) carry exactly these
 * calls and events over an untyped transport, so every request and reply is a zod schema here and
 * every type below is inferred from them. The renderer imports this file for types only.
 *
 * How to add a call: add an entry to `kioskCalls` (request and reply schemas), implement it in
 * the matching `core/handlers/<domain>.ts`, and it is bound in both shells and typed on
 * `window.kiosk` with no other change. Every call takes one object argument.
 */
import * as z from "zod";
import { TicketPreview } from "../kiosk-config/layouts/model";
import { ServiceDefinition } from "../kiosk-config/services/schema";

// ── shared shapes ────────────────────────────────────────────────────────────

export const Locale = z.enum(["zh-CN", "en"]);
export type Locale = z.infer<typeof Locale>;

/** A localised string: zh-CN is the source language and always present. */
export const LocalizedText = z.object({ "zh-CN": z.string().min(1), en: z.string().optional() });
export type LocalizedText = z.infer<typeof LocalizedText>;

export const DeviceConnection = z.enum(["sim", "serial", "hid", "usb", "none"]);

/** The state of one device as the status bar, maintenance menu and heartbeat see it. */
export const DeviceStatus = z.object({
  connection: DeviceConnection,
  state: z.enum(["online", "offline", "error", "starting", "unconfigured"]),
  /** Where it is attached, e.g. /dev/ttyUSB0 or "built-in simulator". */
  port: z.string().optional(),
  /** Last problem in plain words (for technicians), if any. */
  lastError: z.string().optional(),
  /** Printer only. */
  paper: z.enum(["ok", "near-end", "out"]).optional(),
  coverOpen: z.boolean().optional(),
});
export type DeviceStatus = z.infer<typeof DeviceStatus>;

export const KioskStatus = z.object({
  kioskId: z.string(),
  kioskName: z.string(),
  shell: z.enum(["web", "electron"]),
  versions: z.object({ app: z.string(), config: z.number().int(), catalog: z.string() }),
  /** True when the central service answered the last probe. */
  online: z.boolean(),
  central: z.object({
    mode: z.enum(["embedded", "remote"]),
    url: z.string(),
    lastContact: z.string().nullable(),
  }),
  devices: z.object({ reader: DeviceStatus, printer: DeviceStatus }),
  /** True while a resident's session is open (its data held in core). */
  sessionActive: z.boolean(),
  startedAt: z.string(),
});
export type KioskStatus = z.infer<typeof KioskStatus>;

/** What the renderer needs to lay itself out and time the resident's session. */
export const UiSettings = z.object({
  defaultLocale: Locale,
  locales: z.array(Locale).min(1),
  /** Seconds without a touch on a service page before the warning appears (60–90 by default). */
  idleWarnSeconds: z.number().int().min(30),
  /** Length of the visible countdown; never below 30 s (ux.md §3). */
  countdownSeconds: z.number().int().min(30),
  /** Seconds on a menu screen (no personal data) before returning to the attract screen. */
  attractReturnSeconds: z.number().int().min(30),
  /** CSS px per millimetre of this panel, for sizing targets and type (ux.md §2.1). */
  pxPerMm: z.number().positive(),
});
export type UiSettings = z.infer<typeof UiSettings>;

export const Category = z.object({
  id: z.string(),
  name: LocalizedText,
  icon: z.string(),
  serviceCount: z.number().int().nonnegative(),
});
export const CatalogSummary = z.object({
  version: z.string(),
  categories: z.array(Category),
});
export type CatalogSummary = z.infer<typeof CatalogSummary>;

/** A service as a list tile shows it; the full definition comes with the flow. */
export const ServiceSummary = z.object({
  id: z.string(),
  name: LocalizedText,
  kind: z.enum(["query", "application", "print-certificate", "appointment", "payment", "report"]),
  identity: z.enum(["none", "optional", "idcard", "idcard+face", "idcard+photo"]),
  /** 秒批: decided by rules on the spot. */
  instantDecision: z.boolean(),
});
export type ServiceSummary = z.infer<typeof ServiceSummary>;

export const SessionInfo = z.object({ sessionId: z.string(), startedAt: z.string() });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const SessionEndReason = z.enum(["done", "cancel", "idle", "expired", "error", "card-removed"]);
export type SessionEndReason = z.infer<typeof SessionEndReason>;

/**
 * The card holder as the page may see them: enough to greet and confirm, never the full ID
 * number. The full identity record stays in core for the session and is wiped with it.
 */
export const CardHolder = z.object({
  name: z.string(),
  /** 3501**********123X */
  idNumberMasked: z.string(),
  idNumberValid: z.boolean(),
  sex: z.string(),
  birthDate: z.string(),
  cardType: z.enum(["resident", "foreign-2017", "hmt-permit", "foreign-2023"]),
});
export type CardHolder = z.infer<typeof CardHolder>;

/** A plain message in both languages, for the resident. */
export const Message = z.object({ "zh-CN": z.string(), en: z.string() });
export type Message = z.infer<typeof Message>;

export const AnswerValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export const Answers = z.record(z.string().max(64), AnswerValue);
export type Answers = z.infer<typeof Answers>;

/** A photo taken at the kiosk (report evidence); JPEG or PNG, base64, at most ~700 KB. */
export const Photo = z.object({
  mime: z.enum(["image/jpeg", "image/png"]),
  base64: z.string().max(960_000),
});

/** What a submission came to: the central decision, or "received, will be processed" offline. */
export const SubmissionOutcome = z.object({
  /** The reference number (办件编号) shown in large type and printed. */
  referenceNo: z.string(),
  status: z.enum(["accepted", "approved", "rejected", "pending"]),
  /** 秒批 reasons, or why a request was refused. */
  reasons: z.array(z.object({ code: z.string(), "zh-CN": z.string(), en: z.string() })),
  /** True when the network was down and the submission waits in the outbox. */
  queued: z.boolean(),
  /** Reward claim code for food-safety reports, when the service issues one. */
  claimCode: z.string().optional(),
  /** What to print for the resident, if the service prints anything. */
  receipt: z.object({ layoutId: z.string(), data: z.record(z.string(), z.unknown()) }).nullable(),
});
export type SubmissionOutcome = z.infer<typeof SubmissionOutcome>;

export const QueryResult = z.object({
  rows: z.array(z.object({ label: Message, value: z.string() })),
  receipt: z.object({ layoutId: z.string(), data: z.record(z.string(), z.unknown()) }).nullable(),
});
export type QueryResult = z.infer<typeof QueryResult>;

export const TicketResult = z.object({
  ticketNo: z.string(),
  departmentId: z.string(),
  departmentName: LocalizedText,
  waitingAhead: z.number().int().nonnegative(),
  issuedAt: z.string(),
  receipt: z.object({ layoutId: z.string(), data: z.record(z.string(), z.unknown()) }),
});
export type TicketResult = z.infer<typeof TicketResult>;

export const PrintResult = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), jobId: z.string() }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(["paper-out", "cover-open", "offline", "timeout", "error"]),
    message: Message,
  }),
]);
export type PrintResult = z.infer<typeof PrintResult>;

/**
 * What a technician can do from the maintenance menu. The sim-* actions drive the built-in
 * simulated devices (the "virtual devices" panel) and fail plainly on real hardware.
 */
export const MaintenanceAction = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("sync-now") }),
  z.object({ kind: z.literal("test-print") }),
  z.object({
    kind: z.literal("sim-place-card"),
    cardType: z.enum(["resident", "foreign-2017", "hmt-permit", "foreign-2023"]).default("resident"),
    /** An adult card holder (most services need one); default true. */
    adult: z.boolean().default(true),
  }),
  z.object({ kind: z.literal("sim-remove-card") }),
  z.object({
    kind: z.literal("sim-reader-fault"),
    // Mirrors drivers/sim/reader/faults.ts FAULT_KINDS (a test keeps them equal).
    fault: z.enum([
      "no-card",
      "read-failed",
      "bad-checksum",
      "junk",
      "fragmented",
      "sam-failure",
      "disconnect",
    ]),
  }),
  z.object({ kind: z.literal("sim-paper"), paper: z.enum(["ok", "near-end", "out"]) }),
  z.object({ kind: z.literal("sim-cover"), open: z.boolean() }),
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
  }),
  simulated: z.object({ reader: z.boolean(), printer: z.boolean() }),
  /** The virtual printer's last tickets as plain text, newest first. */
  recentTickets: z.array(z.object({ text: z.string(), cut: z.boolean() })),
});
export type MaintenanceReport = z.infer<typeof MaintenanceReport>;

const Token = { token: z.string().max(64) };

const SessionRef = { sessionId: z.string().max(64) };
const LayoutRequest = { layoutId: z.string().max(64), data: z.record(z.string(), z.unknown()) };

const Empty = z.object({}).strict();

// ── calls ────────────────────────────────────────────────────────────────────

export const kioskCalls = {
  /** Identity, versions, online state and device states of this kiosk. */
  getStatus: { request: Empty, reply: KioskStatus },
  /** Locales, idle timers and panel density for the UI. */
  getUiSettings: { request: Empty, reply: UiSettings },
  /** Categories with the number of services this kiosk's site profile shows in each. */
  getCatalogSummary: { request: Empty, reply: CatalogSummary },
  /** The services of one category that this kiosk offers, in catalog order. */
  listServices: {
    request: z.object({ categoryId: z.string().max(64) }).strict(),
    reply: z.object({ services: z.array(ServiceSummary) }),
  },
  /** Services matching what the resident typed: Chinese, pinyin, initials or English, best first. */
  searchServices: {
    request: z.object({ query: z.string().max(40) }).strict(),
    reply: z.object({ services: z.array(ServiceSummary) }),
  },
  /** The full definition of one service, for the flow engine. */
  getService: {
    request: z.object({ serviceId: z.string().max(64) }).strict(),
    reply: ServiceDefinition,
  },
  /** The service centre's queue departments at this site (取号). */
  listDepartments: {
    request: Empty,
    reply: z.object({ departments: z.array(z.object({ id: z.string(), name: LocalizedText })) }),
  },
  /**
   * Submits a service's answers. Core attaches the identity read from the card in this session
   * (the page never holds it), checks the answers against the definition, and returns the
   * central decision — or, offline, queues it where the service allows it.
   */
  submitService: {
    request: z
      .object({
        ...SessionRef,
        serviceId: z.string().max(64),
        answers: Answers,
        photos: z.array(Photo).max(3).default([]),
        anonymous: z.boolean().default(false),
      })
      .strict(),
    reply: SubmissionOutcome,
  },
  /** Runs a query service for the card holder; results are shown and printed, never stored. */
  runQuery: {
    request: z.object({ ...SessionRef, serviceId: z.string().max(64), answers: Answers }).strict(),
    reply: QueryResult,
  },
  /** Takes a queue ticket for a department (numbered by the central service). */
  takeTicket: {
    request: z.object({ ...SessionRef, departmentId: z.string().max(64) }).strict(),
    reply: TicketResult,
  },
  /** The on-screen preview of a layout, exactly as it will print. */
  previewPrint: { request: z.object(LayoutRequest).strict(), reply: TicketPreview },
  /** Prints a layout; resolves only once the printer confirmed completion, or says why not. */
  print: { request: z.object(LayoutRequest).strict(), reply: PrintResult },
  /** Opens the maintenance menu with the technician PIN; locks after repeated wrong PINs. */
  unlockMaintenance: {
    request: z.object({ pin: z.string().max(12) }).strict(),
    reply: z.discriminatedUnion("ok", [
      z.object({ ok: z.literal(true), token: z.string() }),
      z.object({ ok: z.literal(false), attemptsLeft: z.number().int(), lockedForSeconds: z.number().int() }),
    ]),
  },
  /** Status first: devices, network, outbox, versions, the virtual printer's last tickets. */
  getMaintenanceReport: { request: z.object(Token).strict(), reply: MaintenanceReport },
  runMaintenanceAction: {
    request: z.object({ ...Token, action: MaintenanceAction }).strict(),
    reply: MaintenanceResult,
  },
  lockMaintenance: { request: z.object(Token).strict(), reply: z.object({ locked: z.literal(true) }) },
  /** Begins a resident's session (the first touch past the attract screen). Ends any open one. */
  startSession: { request: Empty, reply: SessionInfo },
  /**
   * Tells core the resident is still there. The renderer sends this at most every few seconds
   * while touches happen; core wipes a session that stops hearing it (a hung or closed page).
   */
  keepSessionAlive: {
    request: z.object({ sessionId: z.string() }).strict(),
    reply: z.object({ alive: z.boolean() }),
  },
  /** Ends the session and wipes everything it held; idempotent. */
  endSession: {
    request: z.object({ sessionId: z.string(), reason: SessionEndReason }).strict(),
    reply: z.object({ wiped: z.literal(true) }),
  },
} as const;

export type CallName = keyof typeof kioskCalls;
export type CallRequest<C extends CallName> = z.infer<(typeof kioskCalls)[C]["request"]>;
export type CallReply<C extends CallName> = z.infer<(typeof kioskCalls)[C]["reply"]>;
export const callNames = Object.keys(kioskCalls) as CallName[];

// ── events (core → UI) ───────────────────────────────────────────────────────

export const kioskEvents = {
  /** Any change of online state or device state. */
  "status-changed": KioskStatus,
  "session-started": SessionInfo,
  /** The session ended and its data is gone; the UI returns to the attract screen. */
  "session-ended": z.object({ sessionId: z.string(), reason: SessionEndReason }),
  /** A card was placed; reading has begun (show "reading, keep the card still"). */
  "card-present": z.object({}),
  /** A card was read for the current session (a session is opened if none is). */
  "card-read": z.object({ sessionId: z.string(), holder: CardHolder }),
  "card-removed": z.object({}),
  /** The card could not be read; ask the resident to place it again. */
  "reader-error": z.object({ code: z.string(), message: Message }),
} as const;

export type EventName = keyof typeof kioskEvents;
export type EventPayload<E extends EventName> = z.infer<(typeof kioskEvents)[E]>;
export const eventNames = Object.keys(kioskEvents) as EventName[];

// ── the object the page sees as window.kiosk ─────────────────────────────────

export type KioskApi = {
  [C in CallName]: (request: CallRequest<C>) => Promise<CallReply<C>>;
} & {
  /** Subscribes to a core event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** Errors crossing the door carry a code the UI can act on and a message for logs. */
export const KioskErrorCode = z.enum(["malformed", "unknown-call", "invalid-request", "failed", "internal"]);
export type KioskErrorCode = z.infer<typeof KioskErrorCode>;
export const KioskErrorBody = z.object({ code: KioskErrorCode, message: z.string() });
export type KioskErrorBody = z.infer<typeof KioskErrorBody>;

export class KioskCallError extends Error {
  constructor(
    readonly code: KioskErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "KioskCallError";
  }
}
