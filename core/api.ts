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
import { ServiceDefinition } from "../kiosk-config/services/model/schema";

import {
  CardHolder,
  CatalogSummary,
  KioskStatus,
  LocalizedText,
  Locale,
  Message,
  ServiceSummary,
  SessionEndReason,
  SessionInfo,
  UiSettings,
} from "./api/kiosk-shapes";
import {
  DeviceKind,
  DeviceSettings,
  DiagnosticId,
  DiagnosticInfo,
  DiagnosticResult,
  SupportPacketResult,
} from "./api/diagnostic-shapes";
import { MaintenanceAction, MaintenanceReport, MaintenanceResult } from "./api/maintenance-shapes";
import {
  Answers,
  DocumentImage,
  DocumentReading,
  Photo,
  PrintResult,
  QueryResult,
  SubmissionOutcome,
  TicketResult,
} from "./api/service-shapes";
import { PAYMENT_WAIT_SECONDS_MAX, PaymentState, PaymentView } from "./api/payment-shapes";

export * from "./api/kiosk-shapes";
export * from "./api/maintenance-shapes";
export * from "./api/diagnostic-shapes";
export * from "./api/service-shapes";
export * from "./api/payment-shapes";
export * from "./api/errors";

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
  /**
   * Every service this kiosk offers, in catalog order: the search screen searches them in the
   * page (kiosk-config/search/find-services.ts), as searchServices would, without a round trip.
   */
  listOfferedServices: { request: Empty, reply: z.object({ services: z.array(ServiceSummary) }) },
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
        /** Fields pre-filled from a photographed document and confirmed by the resident. */
        fromDocument: z.array(z.string().max(64)).max(20).optional(),
      })
      .strict(),
    reply: SubmissionOutcome,
  },
  /**
   * Reads a cropped camera picture of a 出生医学证明 (central's OCR) for pre-filling the newborn
   * service's answers. Never stored; answers `unavailable` rather than failing when central cannot
   * be reached or is busy, so the page simply lets the parent type.
   */
  readBirthCertificate: {
    request: z.object({ ...SessionRef, image: DocumentImage }).strict(),
    reply: DocumentReading,
  },
  /** Runs a query service for the card holder; results are shown and printed, never stored. */
  runQuery: {
    request: z.object({ ...SessionRef, serviceId: z.string().max(64), answers: Answers }).strict(),
    reply: QueryResult,
  },
  /**
   * Opens the payment order for a payment service's answers (central looks the bill up). Asking
   * again in the same session returns the same order while it is open or paid, never a second
   * one; after a decline, expiry or cancel it opens a fresh one.
   */
  openPayment: {
    request: z.object({ ...SessionRef, serviceId: z.string().max(64), answers: Answers }).strict(),
    reply: PaymentView,
  },
  /**
   * The order's state, held open up to `waitSeconds` while it is still `since`; once paid, the
   * reply carries the receipt (kept for printReceipt). Only the session's own order.
   */
  paymentStatus: {
    request: z
      .object({
        ...SessionRef,
        orderId: z.uuid(),
        waitSeconds: z.number().int().min(0).max(PAYMENT_WAIT_SECONDS_MAX).default(0),
        since: PaymentState.optional(),
      })
      .strict(),
    reply: PaymentView,
  },
  /** The resident gives up: closes the order. A payer who paid first wins: the reply says `paid`. */
  cancelPayment: {
    request: z.object({ ...SessionRef, orderId: z.uuid() }).strict(),
    reply: PaymentView,
  },
  /** Takes a queue ticket for a department (numbered by the central service). */
  takeTicket: {
    request: z.object({ ...SessionRef, departmentId: z.string().max(64) }).strict(),
    reply: TicketResult,
  },
  /**
   * Texts the reference number of the submission this session made to the mobile number in its
   * answers (offered when the printer cannot print). Central picks the number; a repeated call is
   * the same message, never a second one.
   */
  sendReferenceSms: {
    request: z.object({ ...SessionRef, referenceNo: z.string().min(1).max(64), locale: Locale }).strict(),
    reply: z.object({ state: z.enum(["sent", "failed"]), phoneMasked: z.string() }),
  },
  /**
   * The on-screen preview of the receipt core made in this session, exactly as it will print in
   * the resident's language (`locale`; zh-Hant prints Traditional characters, default zh-CN).
   */
  previewReceipt: { request: z.object({ ...SessionRef, locale: Locale.optional() }).strict(), reply: TicketPreview },
  /**
   * Prints the receipt core made in this session (by submitService, runQuery or takeTicket);
   * resolves only once the printer confirmed completion, or says why not. Prints once; again
   * only after a failed attempt. `locale` as for previewReceipt.
   */
  printReceipt: { request: z.object({ ...SessionRef, locale: Locale.optional() }).strict(), reply: PrintResult },
  /** Maintenance only (the technician token): the preview of any layout with any data. */
  previewPrint: { request: z.object({ ...Token, ...LayoutRequest }).strict(), reply: TicketPreview },
  /**
   * Maintenance only (the technician token): prints any layout; its QR codes must point under
   * the configured site. Resolves once the printer confirmed completion, or says why not.
   */
  print: { request: z.object({ ...Token, ...LayoutRequest }).strict(), reply: PrintResult },
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
  /** Maintenance only: the diagnostics the menu offers, in order, with their labels. */
  listDiagnostics: {
    request: z.object(Token).strict(),
    reply: z.object({ diagnostics: z.array(DiagnosticInfo) }),
  },
  /** Maintenance only: runs one diagnostic's one-tap test and returns its verdict (ok/warn/fail). */
  runDiagnostic: { request: z.object({ ...Token, id: DiagnosticId }).strict(), reply: DiagnosticResult },
  /** Maintenance only: the reader's and printer's ports and rates, and the ports the OS lists now. */
  getDeviceSettings: { request: z.object(Token).strict(), reply: DeviceSettings },
  /**
   * Maintenance only: saves a device's port and rate in the kiosk's local config layer (validated,
   * audited, kept across restarts) and reopens the device on it.
   */
  setDeviceSettings: {
    request: z
      .object({ ...Token, device: DeviceKind, port: z.string().min(1).max(200), baudRate: z.number().int() })
      .strict(),
    reply: MaintenanceResult,
  },
  /**
   * Maintenance only: builds a support packet (masked recent log, versions, device states, config
   * digest) and uploads it to central for the fleet's support staff.
   */
  sendSupportPacket: {
    request: z.object({ ...Token, note: z.string().max(500).optional() }).strict(),
    reply: SupportPacketResult,
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
  /**
   * A page needs the card holder and the session has none: a card already lying on the reader
   * (read for an earlier session, whose data went with it) is read again, and arrives as
   * `card-read`. Nothing happens when no card lies there.
   */
  readCardOnReader: { request: z.object(SessionRef).strict(), reply: z.object({ asked: z.literal(true) }) },
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
