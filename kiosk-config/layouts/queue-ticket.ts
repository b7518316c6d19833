import * as z from "zod";
import { formatFuzhouTime } from "./format";
import type { LayoutDocument } from "./model";

/** Data of a queue ticket (取号凭条). */
export const QueueTicketData = z.object({
  /** The number called out, e.g. A023. */
  ticketNumber: z.string().regex(/^[A-Z]?\d{1,4}$/),
  /** Service or window the ticket is for. */
  serviceName: z.string().min(1).max(60),
  /** The same in English, printed under it: every other line of the ticket is bilingual. */
  serviceNameEn: z.string().min(1).max(60).optional(),
  /** Where the resident waits, e.g. 福州市民服务中心. */
  centreName: z.string().min(1).max(40),
  /** People waiting ahead when the ticket was issued. */
  waitingAhead: z.number().int().nonnegative(),
  issuedAt: z.iso.datetime({ offset: true }),
  /** Link to follow the queue on a phone. */
  qrUrl: z.url(),
});
export type QueueTicketData = z.infer<typeof QueueTicketData>;

export function queueTicketLayout(data: QueueTicketData): LayoutDocument {
  return {
    blocks: [
      { kind: "text", text: data.centreName, align: "center", bold: true },
      { kind: "rule" },
      { kind: "text", text: "您的号码 Your number", align: "center" },
      { kind: "text", text: data.ticketNumber, align: "center", bold: true, size: { width: 3, height: 3 } },
      { kind: "text", text: data.serviceName, align: "center", bold: true, size: { width: 1, height: 2 } },
      ...(data.serviceNameEn === undefined
        ? []
        : [{ kind: "text" as const, text: data.serviceNameEn, align: "center" as const }]),
      { kind: "text", text: `前面还有 ${data.waitingAhead} 人等候`, align: "center" },
      { kind: "text", text: `${data.waitingAhead} waiting ahead of you`, align: "center" },
      { kind: "feed", lines: 1 },
      { kind: "qr", payload: data.qrUrl, moduleSize: 6 },
      { kind: "text", text: "扫码查看排队进度 Scan to follow the queue", align: "center" },
      { kind: "rule" },
      // One centred line of 32 cells: fits 58 mm paper without splitting the date from the time.
      { kind: "text", text: `取号时间 Issued ${formatFuzhouTime(data.issuedAt)}`, align: "center" },
      { kind: "text", text: "过号请重新取号。Missed your turn? Take a new ticket.", align: "center" },
    ],
  };
}
