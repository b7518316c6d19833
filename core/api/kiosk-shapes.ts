/** Shapes of the kiosk itself: status, devices, settings, catalog, session, card holder. */
import * as z from "zod";
import { CardType } from "../../kiosk-config/identity/card-types";
import { Notice, OpeningHours } from "../../kiosk-config/config/fleet-fields";

export const Locale = z.enum(["zh-CN", "zh-Hant", "en"]);
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
    /**
     * False until the first attempt to reach central since the start has finished. Until then
     * `online: false` only means "not known yet", and the page says it is connecting.
     */
    checked: z.boolean(),
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
  /** Length of the visible countdown; never below 30 s. */
  countdownSeconds: z.number().int().min(30),
  /** Seconds on a menu screen (no personal data) before returning to the attract screen. */
  attractReturnSeconds: z.number().int().min(30),
  /** CSS px per millimetre of this panel, for sizing targets and type in millimetres. */
  pxPerMm: z.number().positive(),
  /** A notice for residents between its from and to (fleet config); absent = none. */
  notice: Notice.nullable().optional(),
  /** Hours the kiosk serves residents; outside them the out-of-service screen. Absent = always. */
  openingHours: OpeningHours.nullable().optional(),
  /** Sessions start in elder mode. */
  elderMode: z.boolean().optional(),
  /** Spoken prompts: volume 0–1, and quiet (never speak). Absent = full volume, not quiet. */
  voice: z.object({ volume: z.number().min(0).max(1), quiet: z.boolean() }).optional(),
});
export type UiSettings = z.infer<typeof UiSettings>;

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

export const Category = z.object({
  id: z.string(),
  name: LocalizedText,
  /** The name of the tile's icon (kiosk-config's CategoryIconName); the renderer draws it. */
  icon: z.string(),
  serviceCount: z.number().int().nonnegative(),
});
export const CatalogSummary = z.object({
  version: z.string(),
  categories: z.array(Category),
  /** The attract screen's most-used tiles: the site profile's list, limited to what this kiosk offers. */
  mostUsed: z.array(ServiceSummary),
});
export type CatalogSummary = z.infer<typeof CatalogSummary>;

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
  cardType: CardType,
});
export type CardHolder = z.infer<typeof CardHolder>;

/** A plain message in both languages, for the resident. */
export const Message = z.object({ "zh-CN": z.string(), en: z.string() });
export type Message = z.infer<typeof Message>;
