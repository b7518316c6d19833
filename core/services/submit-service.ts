import type { SubmissionData } from "../../central/protocol";
import type { KioskConfig } from "../../kiosk-config/config/schema";
import { submitsAnswers } from "../../kiosk-config/services/model/schema";
import { KioskCallError, type CallRequest, type SubmissionDecision, type SubmissionOutcome } from "../api";
import type { IdentitySlot } from "../session/identity-slot";
import { type Online, requireOnline } from "./central-failure";
import type { KioskCatalog } from "./kiosk-catalog";
import { checkAnswers } from "./check-answers";
import { certificateReceipt, submissionReceipt } from "./receipts";
import { submitFailure } from "./submit-failure";
import { wireIdentity } from "./wire-identity";

/**
 * The sync engine's submit (core/sync): durable first, then the decision or "queued". Its result
 * also carries the outbox id, which the page has no use for: the reply schema leaves it behind.
 */
export type Submit = (serviceId: string, data: SubmissionData) => Promise<SubmissionDecision>;

interface Parts {
  catalog: KioskCatalog;
  config: KioskConfig;
  identity: IdentitySlot;
  submit: Submit;
  online: Online;
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
    throw new KioskCallError("not-offered", `"${request.serviceId}" does not take submissions here`);
  }
  const record = parts.identity.recordFor(request.sessionId);
  const anonymous = request.anonymous && service.identity === "optional";
  if (record === null && needsCard(service.identity)) {
    throw new KioskCallError("identity-required", "identity-required: place your ID card on the reader");
  }
  const problems = checkAnswers(service, request.answers);
  if (problems.length > 0) throw new KioskCallError("invalid-request", `answers: ${problems.join("; ")}`);
  if (service.offline === "online-only") await requireOnline(parts.online, `submit ${service.id}`);

  const holder = anonymous ? null : record;
  const data: SubmissionData = {
    answers: request.answers,
    ...(holder ? { identity: wireIdentity(holder) } : {}),
    ...(request.photos.length > 0 ? { photos: request.photos } : {}),
    ...(anonymous ? { anonymous: true } : {}),
    // Only fields that are answers: the decision records where each value came from.
    ...(request.fromDocument?.length ? { fromDocument: request.fromDocument.filter((f) => f in request.answers) } : {}),
  };
  const decision = await parts.submit(service.id, data).catch((error: unknown) => {
    throw submitFailure(error, service.id);
  });
  const at = parts.now();
  const receipt =
    service.print === "certificate" && decision.status === "approved" && holder !== null
      ? certificateReceipt(service, decision, holder, at, parts.config)
      : submissionReceipt(service, parts.config, decision, holder, at);
  return { ...decision, receipt };
}
