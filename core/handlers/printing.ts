import type { KioskConfig } from "../../kiosk-config/config/schema";
import { buildLayout, LayoutDataError } from "../../kiosk-config/layouts";
import { KioskCallError } from "../api";
import type { PrinterService } from "../devices/printer/printer-service";
import type { MaintenanceGate } from "../maintenance/gate";
import type { KioskHandlers } from "../rpc";

/** Layout data that does not fit its layout is the caller's mistake, said plainly. */
export function asCallError(error: unknown): never {
  if (error instanceof LayoutDataError) throw new KioskCallError("invalid-request", error.message);
  throw error;
}

/**
 * Refuses a layout whose QR codes point anywhere but the configured site: a printed QR code is
 * what a resident trusts most on an official receipt. Also the layout check itself (bad data
 * throws LayoutDataError).
 */
export function requireConfiguredQr(
  layoutId: string,
  data: unknown,
  config: Pick<KioskConfig, "qrBaseUrl">,
): void {
  const prefix = `${config.qrBaseUrl}/`;
  for (const block of buildLayout(layoutId, data).blocks) {
    if (block.kind === "qr" && !block.payload.startsWith(prefix)) {
      throw new KioskCallError("invalid-request", `layout ${layoutId}: QR codes must point under ${prefix}`);
    }
  }
}

/** What raw printing needs besides the printer: the maintenance gate and the live config. */
export interface RawPrintingParts {
  gate: Pick<MaintenanceGate, "check">;
  config: () => Pick<KioskConfig, "qrBaseUrl">;
}

/**
 * Raw printing: any layout with any data. Technicians' only (behind the maintenance PIN); the
 * resident's page prints the receipt core made for its session (core/handlers/receipts.ts).
 */
export function printingHandlers(
  printer: Pick<PrinterService, "preview" | "print">,
  parts: RawPrintingParts,
): Pick<KioskHandlers, "previewPrint" | "print"> {
  const requireToken = (token: string): void => {
    if (!parts.gate.check(token)) throw new KioskCallError("failed", "maintenance menu is locked");
  };
  return {
    previewPrint: ({ token, layoutId, data }) => {
      requireToken(token);
      try {
        return printer.preview(layoutId, data);
      } catch (error) {
        return asCallError(error);
      }
    },
    print: async ({ token, layoutId, data }) => {
      requireToken(token);
      try {
        requireConfiguredQr(layoutId, data, parts.config());
      } catch (error) {
        asCallError(error);
      }
      const result = await printer.print(layoutId, data).catch(asCallError);
      return result.ok
        ? { ok: true, jobId: result.jobId }
        : { ok: false, reason: result.reason, message: { "zh-CN": result.zh, en: result.en } };
    },
  };
}
