/** Why a print job did not complete; the same words reach the resident, the technician and the logs. */
export type PrintFailureReason = "paper-out" | "cover-open" | "offline" | "timeout" | "error";

/** Plain Chinese and English for each failure, written for the resident at the kiosk. */
export const printFailureMessages: Record<PrintFailureReason, { zh: string; en: string }> = {
  "paper-out": {
    zh: "打印机缺纸，请联系工作人员。",
    en: "The printer is out of paper. Please ask a member of staff.",
  },
  "cover-open": {
    zh: "打印机盖未关好，请联系工作人员。",
    en: "The printer cover is open. Please ask a member of staff.",
  },
  offline: {
    zh: "打印机未连接，请联系工作人员。",
    en: "The printer is not connected. Please ask a member of staff.",
  },
  timeout: {
    zh: "打印机没有确认打印完成，请联系工作人员。",
    en: "The printer did not confirm the printout. Please ask a member of staff.",
  },
  error: {
    zh: "打印机故障，请联系工作人员。",
    en: "The printer reported a fault. Please ask a member of staff.",
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
