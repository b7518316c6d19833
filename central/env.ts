import * as z from "zod";

/** Where the central database lives when CENTRAL_DB is not set. */
export const DEFAULT_CENTRAL_DB = "./var/central.db";

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no"])
  .transform((v) => v === "1" || v === "true" || v === "yes");

const days = z.coerce.number().int().min(1).max(36_500);

/** The central service's environment variables, validated. */
export const CentralEnv = z
  .object({
    CENTRAL_HOST: z.string().min(1).default("127.0.0.1"),
    CENTRAL_PORT: z.coerce.number().int().min(0).max(65_535).default(8480),
    CENTRAL_DB: z.string().min(1).default(DEFAULT_CENTRAL_DB),
    CENTRAL_MANAGER_TOKEN: z
      .string()
      .min(16, "CENTRAL_MANAGER_TOKEN must be at least 16 characters")
      .optional(),
    /**
     * Where residents' phones reach this service: the pay links in the kiosks' QR codes. Unset =
     * the address each kiosk used to reach it (right when kiosks and phones share that address).
     */
    CENTRAL_PUBLIC_URL: z
      .url()
      .refine((u) => /^https?:\/\/[^/?#]+\/?$/.test(u), "CENTRAL_PUBLIC_URL must be http(s)://host[:port], no path")
      .transform((u) => u.replace(/\/$/, ""))
      .optional(),
    CENTRAL_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    CENTRAL_DEMO_DATA: flag.default(true),
    // Limits (central/access/limits.ts): per address per 10 minutes, and residents per kiosk per window.
    CENTRAL_ENROLL_LIMIT: z.coerce.number().int().min(1).default(10),
    CENTRAL_AUTH_FAILURE_LIMIT: z.coerce.number().int().min(1).default(30),
    CENTRAL_QUERY_LIMIT: z.coerce.number().int().min(1).default(20),
    CENTRAL_QUERY_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(10),
    CENTRAL_DATA_DIR: z.string().min(1).optional(),
    /** The data key sealing residents' data; required on PostgreSQL (SQLite makes one in its data folder). */
    CENTRAL_DATA_KEY_FILE: z.string().min(1).optional(),
    /** Days a submission's data is kept once decided / while still open; heartbeat history; audit trail. */
    CENTRAL_RETENTION_DAYS: days.default(180),
    CENTRAL_OPEN_RETENTION_DAYS: days.default(365),
    CENTRAL_HEARTBEAT_RETENTION_DAYS: days.default(30),
    CENTRAL_AUDIT_RETENTION_DAYS: days.default(365),
    /** A port serving GET /metrics without credentials; unset = /metrics on the main port, manager only. */
    CENTRAL_METRICS_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
    /**
     * The city's duty system: alerts are POSTed here, HMAC-signed with CENTRAL_ALERT_WEBHOOK_SECRET.
     * https only (plain http only on loopback, for a local relay).
     */
    CENTRAL_ALERT_WEBHOOK_URL: z
      .url()
      .refine(
        (u) =>
          u.startsWith("https://") || /^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(u),
        "CENTRAL_ALERT_WEBHOOK_URL must be https:// (http:// only on loopback)",
      )
      .optional(),
    CENTRAL_ALERT_WEBHOOK_SECRET: z
      .string()
      .min(32, "CENTRAL_ALERT_WEBHOOK_SECRET must be at least 32 characters")
      .optional(),
    /** Alert thresholds: outbox items waiting, parked items. */
    CENTRAL_ALERT_OUTBOX_DEPTH: z.coerce.number().int().min(0).default(100),
    CENTRAL_ALERT_PARKED: z.coerce.number().int().min(0).default(0),
  })
  .refine(
    (e) => (e.CENTRAL_ALERT_WEBHOOK_URL === undefined) === (e.CENTRAL_ALERT_WEBHOOK_SECRET === undefined),
    {
      error: "set CENTRAL_ALERT_WEBHOOK_URL and CENTRAL_ALERT_WEBHOOK_SECRET together",
      path: ["CENTRAL_ALERT_WEBHOOK_SECRET"],
    },
  );
export type CentralEnv = z.infer<typeof CentralEnv>;

/** Parses `env`, or throws an error naming each bad variable. */
export function parseCentralEnv(env: Record<string, string | undefined>): CentralEnv {
  const result = CentralEnv.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
  throw new Error(`invalid central environment: ${problems}`);
}
