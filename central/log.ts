import { type DestinationStream, type Logger, pino } from "pino";
import { maskIdNumber } from "../kiosk-config/identity/mask";

/**
 * The service's pino logger. Any `idNumber` field that reaches a log line — at the top level or
 * one or two objects deep — is masked (first 4 + `*` + last 4), never written in full.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: "central" },
    redact: {
      paths: ["idNumber", "*.idNumber", "*.*.idNumber", "identity.idNumber", "data.identity.idNumber"],
      censor: (value: unknown) => (typeof value === "string" ? maskIdNumber(value) : "[redacted]"),
    },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
