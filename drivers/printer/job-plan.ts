import { concatBytes } from "./commands";
import type { EncodedJob } from "./encoder";
import type { PrintFailureReason } from "./messages";
import { isReady, type PrinterStatus } from "./status";

/** Why a printer in this state cannot print now, or null when it can. */
export function blockingReason(status: PrinterStatus): PrintFailureReason | null {
  if (isReady(status)) return null;
  if (status.coverOpen) return "cover-open";
  if (status.paper === "out") return "paper-out";
  if (status.error !== null) return "error";
  return "offline";
}

/**
 * Groups whole commands into writes of about `size` bytes; a command is never split, so a status
 * query between two writes never lands inside another command's parameters.
 */
export function chunkCommands(commands: readonly Uint8Array[], size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let current: Uint8Array[] = [];
  let length = 0;
  for (const command of commands) {
    if (length > 0 && length + command.length > size) {
      chunks.push(concatBytes(current));
      current = [];
      length = 0;
    }
    current.push(command);
    length += command.length;
  }
  if (current.length > 0) chunks.push(concatBytes(current));
  return chunks;
}

/** The process ID a job ends with (GS ( H fn 48), or null when it ends with GS r 1. */
export function expectedProcessId(job: EncodedJob): string | null {
  const marker = job.commands.at(-1);
  if (marker?.[0] !== 0x1d || marker[1] !== 0x28 || marker[2] !== 0x48) return null;
  return String.fromCharCode(...marker.slice(7, 11));
}
