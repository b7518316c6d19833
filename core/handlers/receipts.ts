import type { KioskConfig } from "../../kiosk-config/config/schema";
import { KioskCallError, type Locale } from "../api";
import type { PrinterService } from "../devices/printer/printer-service";
import type { KioskHandlers } from "../rpc";
import type { SessionReceipts } from "../session/session-receipts";
import { asCallError, requireConfiguredQr } from "./printing";

type MakesReceipts = Pick<KioskHandlers, "submitService" | "runQuery" | "takeTicket">;

/**
 * The calls that make a receipt, each noting the receipt it made for its session, so that the
 * page can later ask to print exactly that one.
 */
export function keepingReceipts(handlers: MakesReceipts, receipts: SessionReceipts): MakesReceipts {
  return {
    submitService: async (request) => {
      const outcome = await handlers.submitService(request);
      receipts.record(request.sessionId, outcome.receipt);
      return outcome;
    },
    runQuery: async (request) => {
      const result = await handlers.runQuery(request);
      receipts.record(request.sessionId, result.receipt);
      return result;
    },
    takeTicket: async (request) => {
      const ticket = await handlers.takeTicket(request);
      receipts.record(request.sessionId, ticket.receipt);
      return ticket;
    },
  };
}

/**
 * Receipts are made in Simplified (with English beside it); one printed for a resident reading
 * 繁體中文 carries the layouts' `script` field, so it prints, and previews, in Traditional.
 */
function inScriptOf(data: Record<string, unknown>, locale: Locale | undefined): Record<string, unknown> {
  return locale === "zh-Hant" ? { ...data, script: "hant" } : data;
}

/** The resident's printing: the receipt core made for the open session, previewed and printed. */
export function receiptHandlers(
  printer: Pick<PrinterService, "preview" | "print">,
  receipts: SessionReceipts,
  config: () => Pick<KioskConfig, "qrBaseUrl">,
): Pick<KioskHandlers, "previewReceipt" | "printReceipt"> {
  return {
    previewReceipt: ({ sessionId, locale }) => {
      const receipt = receipts.get(sessionId);
      if (receipt === null) throw new KioskCallError("failed", "this session has no receipt to print");
      try {
        return printer.preview(receipt.layoutId, inScriptOf(receipt.data, locale));
      } catch (error) {
        return asCallError(error);
      }
    },
    printReceipt: async ({ sessionId, locale }) => {
      const claimed = receipts.claim(sessionId);
      if (!claimed.ok) throw new KioskCallError("failed", claimed.why);
      const { layoutId } = claimed.receipt;
      const data = inScriptOf(claimed.receipt.data, locale);
      let printed = false;
      try {
        requireConfiguredQr(layoutId, data, config());
        const result = await printer.print(layoutId, data).catch(asCallError);
        printed = result.ok;
        return result.ok
          ? { ok: true, jobId: result.jobId }
          : { ok: false, reason: result.reason, message: { "zh-CN": result.zh, en: result.en } };
      } catch (error) {
        return asCallError(error);
      } finally {
        receipts.settle(sessionId, printed);
      }
    },
  };
}
