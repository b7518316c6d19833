import * as z from "zod";
import { formatFuzhouTime, maskIdNumber, maskName } from "./format";
import type { LayoutBlock, LayoutDocument } from "./model";

const statusText = {
  submitted: "已提交 Submitted",
  approved: "已办结（秒批）Approved",
  "pending-review": "待审核 Under review",
  "queued-offline": "已受理，联网后上传 Accepted, will upload when online",
  rejected: "未通过 Not approved",
} as const;

/** Data of a submission receipt (办件回执). The identity arrives in full and is masked here. */
export const SubmissionReceiptData = z.object({
  serviceName: z.string().min(1).max(80),
  referenceNumber: z.string().regex(/^[A-Za-z0-9-]{4,40}$/),
  status: z.enum(["submitted", "approved", "pending-review", "queued-offline", "rejected"]),
  submittedAt: z.iso.datetime({ offset: true }),
  kioskName: z.string().min(1).max(40),
  applicant: z.object({ name: z.string().min(1), idNumber: z.string().min(1) }),
  /** Where the resident checks progress. */
  progressUrl: z.url(),
});
export type SubmissionReceiptData = z.infer<typeof SubmissionReceiptData>;

export function submissionReceiptLayout(data: SubmissionReceiptData): LayoutDocument {
  const row = (label: string, value: string): LayoutBlock => ({
    kind: "columns",
    cells: [
      { text: label, weight: 2 },
      { text: value, weight: 3 },
    ],
  });
  return {
    blocks: [
      { kind: "text", text: "e福州 办件回执", align: "center", bold: true, size: { width: 2, height: 2 } },
      { kind: "text", text: "Submission receipt", align: "center" },
      { kind: "rule" },
      row("事项 Service", data.serviceName),
      row("受理编号 Ref.", data.referenceNumber),
      row("状态 Status", statusText[data.status]),
      row("申请人 Applicant", maskName(data.applicant.name)),
      row("证件号 ID", maskIdNumber(data.applicant.idNumber)),
      row("时间 Time", formatFuzhouTime(data.submittedAt)),
      row("终端 Kiosk", data.kioskName),
      { kind: "rule" },
      { kind: "barcode", data: data.referenceNumber, height: 60 },
      { kind: "feed", lines: 1 },
      { kind: "qr", payload: data.progressUrl, moduleSize: 5 },
      { kind: "text", text: "扫码查询办理进度 Scan to check progress", align: "center" },
      { kind: "text", text: "请妥善保管本回执。Please keep this receipt.", align: "center" },
    ],
  };
}
