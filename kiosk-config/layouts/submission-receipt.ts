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
  /** A report's number is its 受理编号; an application's its 办件编号, as the screen says. */
  report: z.boolean().optional(),
  /** The claim code and what it is for (services/model/claim-code.ts), as on the screen. */
  claim: z
    .object({ use: z.enum(["collect", "reward"]), code: z.string().regex(/^[A-Za-z0-9-]{4,20}$/) })
    .optional(),
});
export type SubmissionReceiptData = z.infer<typeof SubmissionReceiptData>;

const claimText = {
  collect: { label: "领取码 Claim code", note: "领取办理结果（证照、卡片）时出示 Show it to collect the result" },
  reward: { label: "领奖码 Reward code", note: "凭此码领取举报奖励 Claim the reporting reward with it" },
} as const;

function claimBlocks(claim: NonNullable<SubmissionReceiptData["claim"]>): LayoutBlock[] {
  const text = claimText[claim.use];
  return [
    {
      kind: "columns",
      cells: [
        { text: text.label, weight: 2 },
        { text: claim.code, weight: 3 },
      ],
    },
    { kind: "text", text: text.note },
  ];
}

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
      row(data.report === true ? "受理编号 Ref." : "办件编号 Ref.", data.referenceNumber),
      ...(data.claim === undefined ? [] : claimBlocks(data.claim)),
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
