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
