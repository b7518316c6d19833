import type { KioskApi } from "../../../core/api";
import type { ServiceDefinition } from "../../../kiosk-config/services/model/schema";
import { answersOnPath, type FlowAnswers } from "./routing";
import { FACE_PHOTO_FIELD, type FlowResult, type HeldPhoto } from "./state";

/**
 * How a finished flow reaches the kiosk: a queue ticket, a query, or a submission (applications,
 * reports, appointments, and certificates, which core submits for a decision before printing).
 */
export type FinishKind = "ticket" | "query" | "submit" | "pay";

export function finishKind(service: ServiceDefinition): FinishKind {
  if (service.print === "queue-ticket") return "ticket";
  if (service.kind === "query") return "query";
  if (service.kind === "payment") return "pay";
  return "submit";
}

/** The field a queue-ticket service asks the department in; its options come from the site. */
export const DEPARTMENT_FIELD = "department";

/** The contract accepts at most three photos per submission. */
const MAX_PHOTOS = 3;

/** Answers as core takes them: only the resident's path, photos travel separately. */
export function answersForCore(
  service: ServiceDefinition,
  answers: FlowAnswers,
): Record<string, string | number | boolean | string[]> {
  const photoFields = new Set(
    service.steps.flatMap((s) => (s.type === "question" && s.answer.type === "photo" ? [s.field] : [])),
  );
  const out: Record<string, string | number | boolean | string[]> = {};
  for (const [field, value] of Object.entries(answersOnPath(service, answers))) {
    if (photoFields.has(field)) continue;
    out[field] = Array.isArray(value)
      ? [...(value as readonly string[])]
      : (value as string | number | boolean);
  }
  return out;
}

export function photosForCore(photos: Readonly<Record<string, readonly HeldPhoto[]>>): HeldPhoto[] {
  const face = photos[FACE_PHOTO_FIELD] ?? [];
  const rest = Object.entries(photos).flatMap(([field, list]) => (field === FACE_PHOTO_FIELD ? [] : list));
  return [...face, ...rest].slice(0, MAX_PHOTOS);
}

/** Runs the call that ends the flow; rejects with the kiosk's error when it fails. */
export async function finishFlow(
  kiosk: KioskApi,
  sessionId: string,
  service: ServiceDefinition,
  answers: FlowAnswers,
  photos: Readonly<Record<string, readonly HeldPhoto[]>>,
  /** Fields whose answer is still the value read from a photographed document. */
  fromDocument: readonly string[] = [],
): Promise<FlowResult> {
  const forCore = answersForCore(service, answers);
  switch (finishKind(service)) {
    case "ticket": {
      const departmentId = forCore[DEPARTMENT_FIELD];
      if (typeof departmentId !== "string") throw new Error("no department chosen");
      return { kind: "ticket", ticket: await kiosk.takeTicket({ sessionId, departmentId }) };
    }
    case "query":
      return {
        kind: "query",
        result: await kiosk.runQuery({ sessionId, serviceId: service.id, answers: forCore }),
      };
    case "pay":
      return {
        kind: "payment",
        payment: await kiosk.openPayment({ sessionId, serviceId: service.id, answers: forCore }),
      };
    case "submit":
      return {
        kind: "submission",
        outcome: await kiosk.submitService({
          sessionId,
          serviceId: service.id,
          answers: forCore,
          photos: photosForCore(photos),
          anonymous: forCore.anonymous === "yes",
          ...(fromDocument.length > 0 ? { fromDocument: [...fromDocument] } : {}),
        }),
      };
  }
}

/** What the result page offers to print, if anything. */
export function receiptOf(result: FlowResult): { layoutId: string; data: Record<string, unknown> } | null {
  switch (result.kind) {
    case "submission":
      return result.outcome.receipt;
    case "query":
      return result.result.receipt;
    case "ticket":
      return result.ticket.receipt;
    case "payment":
      return result.payment.receipt;
  }
}
