/**
 * The parts of the kiosk's config that fleet managers change from the console: which services
 * are offered, a notice for residents, opening hours, devices, offline policy and query limits.
 * Kept apart from schema.ts so each file stays one concept; schema.ts spreads these in.
 */
import * as z from "zod";
import { CategoryId } from "../catalog/categories";
import { ServiceKind } from "../services/model/schema";

const ServiceIdText = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "a service id (kebab-case)");

/** Services the site profile offers, minus those hidden here. Default: hide nothing. */
export const ServicesPolicy = z
  .strictObject({
    hide: z.array(ServiceIdText).max(200).default([]),
    hideCategories: z.array(CategoryId).max(40).default([]),
  })
  .prefault({});
export type ServicesPolicy = z.infer<typeof ServicesPolicy>;

const isoInstant = z.iso.datetime({ offset: true });

/**
 * A banner residents see on the attract and menu screens between `from` and `to` (e.g. a
 * holiday closure of the counters). Both languages are required: a resident who switched to
 * English must not see a notice they cannot read. null = no notice.
 */
export const Notice = z
  .strictObject({
    "zh-CN": z.string().trim().min(1).max(200),
    en: z.string().trim().min(1).max(300),
    from: isoInstant,
    to: isoInstant,
  })
  .refine((n) => Date.parse(n.from) < Date.parse(n.to), "the notice must end after it starts");
export type Notice = z.infer<typeof Notice>;

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM, 24-hour");
const Span = z
  .strictObject({ open: clock, close: clock })
  .refine((s) => s.open < s.close, "a span closes after it opens (no spans over midnight)");

/**
 * Hours the kiosk serves residents, in China Standard Time, per weekday (mon…sun); a day with
 * no spans is closed. Outside them the kiosk shows the out-of-service screen with `message`.
 * null = always open (metro kiosks).
 */
export const OpeningHours = z.strictObject({
  week: z.strictObject({
    mon: z.array(Span).max(4),
    tue: z.array(Span).max(4),
    wed: z.array(Span).max(4),
    thu: z.array(Span).max(4),
    fri: z.array(Span).max(4),
    sat: z.array(Span).max(4),
    sun: z.array(Span).max(4),
  }),
  message: z
    .strictObject({ "zh-CN": z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(300) })
    .optional(),
});
export type OpeningHours = z.infer<typeof OpeningHours>;

const Baud = z.union([
  z.literal(9600),
  z.literal(19200),
  z.literal(38400),
  z.literal(57600),
  z.literal(115200),
]);
/** A serial device path, "sim", or unset (then KIOSK_*_PORT decides). */
const Port = z
  .string()
  .regex(/^(sim|\/dev\/[A-Za-z0-9/_.-]{1,60}|COM[0-9]{1,3})$/, "a device path, COMn or sim");

/** Device settings a fleet may set; unset keys fall back to the KIOSK_* variables. */
export const DevicesConfig = z
  .strictObject({
    reader: z.strictObject({ port: Port.optional(), baud: Baud.optional() }).prefault({}),
    printer: z
      .strictObject({
        port: Port.optional(),
        baud: Baud.optional(),
        /** Paper roll width; 80 by default, 58 for the narrow printers. */
        paperWidthMm: z.union([z.literal(58), z.literal(80)]).default(80),
      })
      .prefault({}),
  })
  .prefault({});
export type DevicesConfig = z.infer<typeof DevicesConfig>;

/**
 * Offline policy per service kind, over each service's own: "queue" accepts into the outbox,
 * "online-only" refuses plainly while offline, "service" keeps what the service says.
 */
export const OfflinePolicy = z
  .partialRecord(ServiceKind, z.enum(["service", "queue", "online-only"]))
  .default({});
export type OfflinePolicy = z.infer<typeof OfflinePolicy>;

/** How many distinct residents this kiosk may look up per window before the central says 429. */
export const QueryLimits = z
  .strictObject({
    residentsPerWindow: z.number().int().min(1).max(1000).default(20),
    windowMinutes: z.number().int().min(1).max(1440).default(10),
  })
  .prefault({});
export type QueryLimits = z.infer<typeof QueryLimits>;

/**
 * Spoken prompts (renderer/src/voice/): how loud, and whether this site wants silence (a library
 * corner, a hospital ward). Default: full volume, not quiet.
 */
export const VoiceConfig = z
  .strictObject({
    /** Speech volume, 0 (silent) to 1 (the platform's full volume); default 1. */
    volume: z.number().min(0).max(1).default(1),
    /** A quiet site: nothing is ever spoken, and the speaker button says so. Default false. */
    quiet: z.boolean().default(false),
  })
  .prefault({});
export type VoiceConfig = z.infer<typeof VoiceConfig>;

export const fleetFields = {
  services: ServicesPolicy,
  notice: Notice.nullable().default(null),
  openingHours: OpeningHours.nullable().default(null),
  /** Sessions start in elder mode (bigger type and targets, slower timers); default off. */
  elderMode: z.boolean().default(false),
  devices: DevicesConfig,
  offline: OfflinePolicy,
  queryLimits: QueryLimits,
  voice: VoiceConfig,
};
