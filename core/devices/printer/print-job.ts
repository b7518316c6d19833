import { type EncodedJob, encodeDocument } from "../../../drivers/printer/encoder";
import { printFailureMessages, type PrintFailureReason } from "../../../drivers/printer/messages";
import type { PrintDocument } from "../../../drivers/printer/document";
import type { ResolvedPrinterOptions } from "./options";

export type PrintResult =
  | { ok: true; jobId: string }
  | { ok: false; reason: PrintFailureReason; zh: string; en: string };

/** A failed print in the resident's words (both languages) and the technician's reason. */
export function printFailure(reason: PrintFailureReason): PrintResult {
  return { ok: false, reason, ...printFailureMessages[reason] };
}

/**
 * A laid-out document as the bytes for the printer, ending in the marker the printer confirms
 * (GS r 1, or a process ID made from the job's number). A character the printer's font lacks
 * prints as □ and the technician is told.
 */
export function encodeJob(
  document: PrintDocument,
  job: { layoutId: string; number: number; cut?: "partial" | "full" },
  options: Pick<ResolvedPrinterOptions, "paperWidthMm" | "charset" | "completion">,
  warn: (message: string) => void,
): EncodedJob {
  const processId = `K${(job.number % 46656).toString(36).padStart(3, "0")}`;
  return encodeDocument(document, {
    paperWidthMm: options.paperWidthMm,
    charset: options.charset,
    onSubstitute: ({ codePoint }) => {
      warn(
        `printer font lacks U+${codePoint.toString(16).toUpperCase()}; printed □ instead (${job.layoutId})`,
      );
    },
    completion: options.completion === "gs-r" ? { kind: "gs-r" } : { kind: "process-id", id: processId },
    ...(job.cut === undefined ? {} : { cut: job.cut }),
  });
}
