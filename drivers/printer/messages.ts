/** Why a print job did not complete; the same words reach the resident, the technician and the logs. */
export type PrintFailureReason = "paper-out" | "cover-open" | "offline" | "timeout" | "error";

/**
 * Plain Chinese and English for each failure, written for the resident at the kiosk. Many kiosks
 * stand unattended (a subway station at night), so the words point to what works without staff:
 * the number on screen, photographed.
 */
export const printFailureMessages: Record<PrintFailureReason, { zh: string; en: string }> = {
  "paper-out": {
    zh: "打印机缺纸，暂时不能打印凭条。请返回，用手机拍下您的编号。",
    en: "The printer is out of paper, so no receipt can be printed. Go back and take a photo of your number.",
  },
  "cover-open": {
    zh: "打印机盖未关好，暂时不能打印凭条。请返回，用手机拍下您的编号。",
    en: "The printer cover is open, so no receipt can be printed. Go back and take a photo of your number.",
  },
  offline: {
    zh: "打印机未连接，暂时不能打印凭条。请返回，用手机拍下您的编号。",
    en: "The printer is not connected, so no receipt can be printed. Go back and take a photo of your number.",
  },
  timeout: {
    zh: "打印机没有确认打印完成。如出纸口没有凭条，请返回，用手机拍下您的编号。",
    en: "The printer did not confirm the printout. If no receipt came out, go back and take a photo of your number.",
  },
  error: {
    zh: "打印机故障，暂时不能打印凭条。请返回，用手机拍下您的编号。",
    en: "The printer reported a fault, so no receipt can be printed. Go back and take a photo of your number.",
  },
};

/** Raised when the printer does not answer a status query in time: it is treated as offline. */
export class PrinterNoReplyError extends Error {
  constructor(
    readonly query: string,
    readonly timeoutMs: number,
  ) {
    super(`printer did not answer ${query} within ${timeoutMs} ms (打印机无应答)`);
    this.name = "PrinterNoReplyError";
  }
}
