import { pino, type Logger } from "pino";
import { maskDeep, maskIdNumbersIn } from "./privacy/mask";

export type { Logger };

/**
 * The kiosk's logger. Every payload and message passes through the ID-number mask before it is
 * written, so a careless log line cannot leak a resident's number (docs/architecture.md "Data").
 */
export function createLogger(level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({
    level,
    base: { app: "kiosk" },
    formatters: { log: (object) => maskDeep(object) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((arg) => (typeof arg === "string" ? maskIdNumbersIn(arg) : arg));
        method.apply(this, masked as Parameters<typeof method>);
      },
    },
  });
}
