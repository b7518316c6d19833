/**
 * The kiosk's configuration: defaults, then the site profile, then the fleet's signed config.
 * Every layer is validated against this schema; the floors below (a countdown of at least 30 s,
 * so a resident who was only slow is not wiped) are the reason fleet config may lengthen timers
 * but never shorten them.
 */
import * as z from "zod";
import { serviceCentreById } from "../catalog/centres";
import { fleetFields } from "./fleet-fields";

export const SiteKind = z.enum(["metro", "mall", "service-centre", "community"]);
export type SiteKind = z.infer<typeof SiteKind>;

export const KioskConfig = z
  .object({
    /** Name shown to technicians and in the fleet console; default "e福州 自助终端". */
    kioskName: z.string().min(1).max(60).default("e福州 自助终端"),
    /** Site profile choosing services and queue departments; default "service-centre". */
    site: SiteKind.default("service-centre"),
    /** Languages offered, zh-CN first; default all three (zh-Hant is derived from zh-CN, see kiosk-config/hant). */
    locales: z
      .array(z.enum(["zh-CN", "zh-Hant", "en"]))
      .min(1)
      .default(["zh-CN", "zh-Hant", "en"]),
    /** Language each session starts in; default zh-CN (zh-Hant where residents read Traditional). */
    defaultLocale: z.enum(["zh-CN", "zh-Hant", "en"]).default("zh-CN"),
    idle: z
      .object({
        /**
         * Seconds without a touch on a service page before the warning; default 75 (60–90 is the
         * usual range for forms).
         */
        warnSeconds: z.number().int().min(30).max(600).default(75),
        /** The visible countdown; default 30, never less. */
        countdownSeconds: z.number().int().min(30).max(300).default(30),
        /**
         * Seconds on a menu page before the warning; default 45 (30–60 is the usual range for
         * menus).
         */
        attractReturnSeconds: z.number().int().min(30).max(600).default(45),
      })
      .prefault({}),
    /**
     * CSS px per mm of the panel (targets and type are sized in mm); default 3.21, a 27″ 1080p
     * panel.
     */
    pxPerMm: z.number().min(1).max(10).default(3.21),
    /**
     * The service centre whose queue this kiosk issues tickets for (kiosk-config/catalog/centres.ts:
     * its name and queue page are printed on the ticket); default the citizen centre.
     */
    serviceCentreId: z
      .string()
      .min(1)
      .max(64)
      .refine((id) => serviceCentreById(id) !== undefined, "not a service centre in the catalog")
      .default("fz-citizen-centre"),
    /**
     * The phone number a resident or station staff can call when this kiosk is out of service,
     * shown on the out-of-service screen; default 12345, the city's public service hotline.
     */
    helpPhone: z
      .string()
      .regex(/^\+?[0-9][0-9 -]{2,19}$/, "digits, spaces and dashes, optionally after a +")
      .default("12345"),
    /** Browser permissions the page may receive; everything else is denied. Default: none. */
    permissions: z.array(z.enum(["camera"])).default([]),
    /**
     * Where the QR codes printed on receipts point (…/progress, …/queue). Printed codes take
     * their address from here and never from the page, so a page cannot make the kiosk print an
     * official-looking receipt that sends residents elsewhere. https only, no trailing slash;
     * default the e福州 site.
     */
    qrBaseUrl: z
      .url({ protocol: /^https$/ })
      .max(100)
      .regex(/[^/]$/, "no trailing slash")
      .default("https://e.fuzhou.gov.cn"),
    /** Seconds between heartbeats to the central service; default 60. */
    heartbeatSeconds: z.number().int().min(5).max(3600).default(60),
    outbox: z
      .object({
        /**
         * A queued submission the service keeps failing without a verdict (5xx, an unreadable
         * reply) is parked as "needs attention" after this many such failures, so the items behind
         * it go; default 50. At least 3, so one bad minute at the service parks nothing.
         */
        parkAfterAttempts: z.number().int().min(3).max(1000).default(50),
        /** …or after this many hours since its first such failure, whichever comes first; default 24. */
        parkAfterHours: z.number().int().min(1).max(720).default(24),
      })
      .strict()
      .prefault({}),
    ...fleetFields,
  })
  .strict();
export type KioskConfig = z.infer<typeof KioskConfig>;

/** The built-in defaults: what a kiosk runs before any fleet config arrives. */
export const defaultConfig: KioskConfig = KioskConfig.parse({});
