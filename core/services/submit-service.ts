import type { KioskConfig } from "../../kiosk-config/config/schema";
import { submitsAnswers } from "../../kiosk-config/services/schema";
import { KioskCallError, type CallRequest, type SubmissionOutcome } from "../api";
import type { IdentitySlot } from "../session/identity-slot";
import type { KioskCatalog } from "./kiosk-catalog";
import { checkAnswers } from "./check-answers";
import { certificateReceipt, submissionReceipt } from "./receipts";

/** What the sync engine's submit gives back (core/sync), as far as a resident needs it. */
export interface SubmitReply {
  status: SubmissionOutcome["status"];
  trackingNo: string;
  reasons?: { code: string; zh: string; en: string }[] | undefined;
  claimCode?: string | undefined;
  queued: boolean;
}
export type Submit = (serviceId: string, data: unknown) => Promise<SubmitReply>;

interface Parts {
  catalog: KioskCatalog;
  config: KioskConfig;
  identity: IdentitySlot;
  submit: Submit;
  now: () => Date;
}

const needsCard = (identity: string): boolean => identity.startsWith("idcard");

/**
 * A resident's submission: check the service, the identity and the answers in core (never
 * trusting the page), attach the identity read in this session, and hand it to the sync engine,
 * which makes it durable before anything is reported (core/sync).
 */
export async function submitService(
  parts: Parts,
  request: CallRequest<"submitService">,
): Promise<SubmissionOutcome> {
  const service = parts.catalog.byId(request.serviceId);
  if (!service || (!submitsAnswers(service) && service.kind !== "print-certificate")) {
    throw new KioskCallError("failed", `"${request.serviceId}" does not take submissions here`);
  }
  const record = parts.identity.recordFor(request.sessionId);
  const anonymous = request.anonymous && service.identity === "optional";
  if (record === null && needsCard(service.identity)) {
    throw new KioskCallError("failed", "identity-required: place your ID card on the reader");
  }
  const problems = checkAnswers(service, request.answers);
  if (problems.length > 0) throw new KioskCallError("invalid-request", `answers: ${problems.join("; ")}`);

  const identity =
    record === null || anonymous
      ? undefined
      : {
          name: record.name,
          idNumber: record.idNumber,
          birthDate: record.birthDate,
          sex: record.sex,
          cardType: record.cardType,
        };
  const reply = await parts.submit(service.id, {
    answers: request.answers,
    ...(identity ? { identity } : {}),
    ...(request.photos.length > 0 ? { photos: request.photos } : {}),
    ...(anonymous ? { anonymous: true } : {}),
  });
  const reasons = (reply.reasons ?? []).map((r) => ({ code: r.code, "zh-CN": r.zh, en: r.en }));
  const at = parts.now();
  const holder = anonymous ? null : record;
  const receipt =
    service.print === "certificate" && reply.status === "approved" && holder !== null
      ? certificateReceipt(service, { referenceNo: reply.trackingNo, reasons }, holder, at, parts.config)
      : submissionReceipt(
          service,
          parts.config,
          { referenceNo: reply.trackingNo, status: reply.status, queued: reply.queued },
          holder,
          at,
        );
  return {
    referenceNo: reply.trackingNo,
    status: reply.status,
    reasons,
    queued: reply.queued,
    ...(reply.claimCode === undefined ? {} : { claimCode: reply.claimCode }),
    receipt,
  };
}
