import { type DestinationStream, pino, type Logger } from "pino";
import { recentLogStream } from "./maintenance/recent-log";
import { maskDeep, maskIdNumbersIn } from "./privacy/mask";

export type { Logger };

/**
 * The kiosk's logger. Every payload and message passes through the ID-number mask before it is
 * written, so a careless log line cannot leak a resident's number (docs/architecture.md "Data"); the
 * current resident's name and address are masked too, and Errors (name, message, stack, cause)
 * alike, because a stack repeats its message.
 */
export function createLogger(
  level = process.env.LOG_LEVEL ?? "info",
  /** Where lines go; default stdout (tests pass a stream to read them back). */
  destination?: DestinationStream,
): Logger {
  return pino(
    {
      level,
      base: { app: "kiosk" },
      formatters: { log: (object) => maskDeep(object) as Record<string, unknown> },
      // The formatter has already turned errors into masked plain objects; keep them as they are.
      serializers: { err: (value: unknown) => maskDeep(value) },
      hooks: {
        logMethod(args, method) {
          const [first, ...rest] = args;
          // logger.warn(error): pino would take the raw message as the line's msg.
          const lead: unknown[] =
            first instanceof Error
              ? [{ err: first }, ...(rest.length > 0 ? rest : [maskIdNumbersIn(first.message)])]
              : [first, ...rest];
          const masked = lead.map((arg) => (typeof arg === "string" ? maskIdNumbersIn(arg) : arg));
          method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    // Warnings and errors are also kept in memory for the maintenance menu (already masked).
    pino.multistream([
      { level: "trace", stream: destination ?? pino.destination(1) },
      { level: "warn", stream: recentLogStream },
    ]),
  );
}
