import { LayoutDataError } from "../../kiosk-config/layouts";
import { KioskCallError } from "../api";
import type { PrinterService } from "../devices/printer/printer-service";
import type { KioskHandlers } from "../rpc";

/** Layout data that does not fit its layout is the caller's mistake, said plainly. */
function asCallError(error: unknown): never {
  if (error instanceof LayoutDataError) throw new KioskCallError("invalid-request", error.message);
  throw error;
}

export function printingHandlers(
  printer: Pick<PrinterService, "preview" | "print">,
): Pick<KioskHandlers, "previewPrint" | "print"> {
  return {
    previewPrint: ({ layoutId, data }) => {
      try {
        return printer.preview(layoutId, data);
      } catch (error) {
        return asCallError(error);
      }
    },
    print: async ({ layoutId, data }) => {
      const result = await printer.print(layoutId, data).catch(asCallError);
      return result.ok
        ? { ok: true, jobId: result.jobId }
        : { ok: false, reason: result.reason, message: { "zh-CN": result.zh, en: result.en } };
    },
  };
}
