import { type DestinationStream, type Logger, pino } from "pino";
import { maskIdNumber } from "../kiosk-config/identity/mask";

/** Fields that carry a resident's data, at the top of a log object or one or two objects deep. */
const residentFields = ["idNumber", "identity", "answers", "photos", "phone"];

/**
 * The service's pino logger. Any `idNumber` field that reaches a log line — at the top level or
 * one or two objects deep — is masked (first 4 + `*` + last 4), never written in full; identity,
 * answers, photos and phone fields are replaced by "[redacted]" whole.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: "central" },
    redact: {
      paths: residentFields.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]),
      censor: (value: unknown, path: string[]) =>
        typeof value === "string" && path.at(-1) === "idNumber" ? maskIdNumber(value) : "[redacted]",
    },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
