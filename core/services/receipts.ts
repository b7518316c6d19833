import type { QueryReply, TicketReply } from "../../central/protocol";
import type { KioskConfig } from "../../kiosk-config/config/schema";
import type { ServiceCentre } from "../../kiosk-config/catalog/centres";
import type { QueueDepartment } from "../../kiosk-config/catalog/departments";
import type { ServiceDefinition } from "../../kiosk-config/services/model/schema";
import type { IdentityRecord } from "../../drivers/idcard/identity";
import type { SubmissionOutcome, TicketResult } from "../api";
import { claimCodeUse } from "../../kiosk-config/services/model/claim-code";
import { maskIdNumber } from "../privacy/mask";

/**
 * The address a receipt's QR code carries: a page of the configured site (config.qrBaseUrl) for
 * one reference or ticket number. Residents follow a submission (`progress`) or their place in
 * the queue (`queue`) on their phone.
 */
export function receiptQrUrl(
  config: Pick<KioskConfig, "qrBaseUrl">,
  page: "progress" | "queue",
  no: string,
): string {
  return `${config.qrBaseUrl}/${page}?no=${encodeURIComponent(no)}`;
}

type Receipt = TicketResult["receipt"];

const receiptStatus = {
  approved: "approved",
  rejected: "rejected",
  pending: "pending-review",
  accepted: "submitted",
} as const;

/**
 * The receipt data for a submission. The ID number is masked before it leaves core: receipt data
 * travels to the page for the preview, and the page never holds a full ID number.
 */
export function submissionReceipt(
  service: ServiceDefinition,
  config: KioskConfig,
  outcome: {
    referenceNo: string;
    status: SubmissionOutcome["status"];
    queued: boolean;
    claimCode?: string | undefined;
  },
  holder: IdentityRecord | null,
  at: Date,
): Receipt | null {
  if (service.print === "none") return null;
  const use = claimCodeUse(service, outcome.status);
  const data = {
    serviceName: service.name["zh-CN"],
    referenceNumber: outcome.referenceNo,
    status: outcome.queued ? "queued-offline" : receiptStatus[outcome.status],
    submittedAt: at.toISOString(),
    kioskName: config.kioskName.slice(0, 40),
    applicant: holder
      ? { name: holder.name, idNumber: maskIdNumber(holder.idNumber) }
      : { name: "匿名", idNumber: "-" },
    progressUrl: receiptQrUrl(config, "progress", outcome.referenceNo),
    ...(service.kind === "report" ? { report: true } : {}),
    ...(use !== null && outcome.claimCode !== undefined ? { claim: { use, code: outcome.claimCode } } : {}),
  };
  return { layoutId: "submission-receipt", data };
}

/**
 * A printed certificate for an approved print-certificate service: the statement comes from the
 * central decision's reasons (what was checked), the number is the reference number.
 */
export function certificateReceipt(
  service: ServiceDefinition,
  outcome: Pick<SubmissionOutcome, "referenceNo" | "reasons">,
  holder: IdentityRecord,
  at: Date,
  config: Pick<KioskConfig, "qrBaseUrl">,
): Receipt {
  const checked = outcome.reasons.map((r) => r["zh-CN"]).filter((text) => text.length > 0);
  return {
    layoutId: "certificate",
    data: {
      title: service.name["zh-CN"].replace(/打印$/, "").slice(0, 40),
      certificateNumber: outcome.referenceNo,
      holderName: holder.name,
      holderIdNumber: maskIdNumber(holder.idNumber),
      paragraphs: [
        `兹证明 ${holder.name}（证件号 ${maskIdNumber(holder.idNumber)}）${service.name["zh-CN"]}事项经系统核验。`,
        ...checked,
      ].slice(0, 20),
      issuer: "e福州 自助服务（演示数据）",
      issuedAt: at.toISOString(),
      verifyUrl: receiptQrUrl(config, "progress", outcome.referenceNo),
    },
  };
}

/**
 * The printout of a query: shown and printed, never stored. Texts are cut to the layout's limits,
 * since central's rows are data of another system.
 */
export function queryReceipt(
  service: ServiceDefinition,
  config: KioskConfig,
  rows: QueryReply["rows"],
  at: Date,
): Receipt {
  return {
    layoutId: "query-printout",
    data: {
      title: service.name["zh-CN"].slice(0, 60),
      rows: rows.slice(0, 200).map((r) => ({
        label: r.label["zh-CN"].slice(0, 40),
        value: (r.text?.["zh-CN"] ?? r.value).slice(0, 200),
      })),
      queriedAt: at.toISOString(),
      kioskName: config.kioskName.slice(0, 40),
      note: "查询结果仅供本人参考，本机不保存。",
    },
  };
}

/**
 * The queue ticket: the centre's name comes from the catalog, the number from central, and the
 * queue page from the configured site like every other QR code a receipt carries.
 */
export function ticketReceipt(
  centre: ServiceCentre,
  department: QueueDepartment,
  ticket: TicketReply,
  config: Pick<KioskConfig, "qrBaseUrl">,
): Receipt {
  return {
    layoutId: "queue-ticket",
    data: {
      ticketNumber: ticket.ticketNo,
      serviceName: department.name["zh-CN"].slice(0, 60),
      serviceNameEn: department.name.en.slice(0, 60),
      centreName: centre.name["zh-CN"].slice(0, 40),
      waitingAhead: ticket.waitingAhead,
      issuedAt: ticket.issuedAt,
      qrUrl: receiptQrUrl(config, "queue", ticket.ticketNo),
    },
  };
}
