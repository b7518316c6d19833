import type { PaymentView, SubmissionOutcome, QueryResult, TicketResult } from "../../../core/api";
import type { ServiceDefinition } from "../../../kiosk-config/services/model/schema";
import { answersOnPath, type FlowAnswers, nextStepId } from "./routing";

import type { HeldPhoto } from "./photo";

export type { HeldPhoto } from "./photo";

/** What finishing the flow came to: a submission, a query's rows, or a queue ticket. */
export type FlowResult =
  | { kind: "submission"; outcome: SubmissionOutcome }
  | { kind: "query"; result: QueryResult }
  | { kind: "ticket"; ticket: TicketResult }
  /** A payment service's order: pending while the QR code shows, then how it ended. */
  | { kind: "payment"; payment: PaymentView };

/** One page of a flow. Steps of the definition are `step`; the rest are the engine's own pages. */
export type FlowPage =
  | { kind: "needs" }
  | { kind: "identity" }
  | { kind: "face" }
  | { kind: "step"; stepId: string }
  | { kind: "finishing" }
  | { kind: "result" }
  | { kind: "print" }
  | { kind: "goodbye" };

export interface FlowState {
  page: FlowPage;
  /** Pages to return to with 返回; answers are kept when walking back, as GOV.UK flows do. */
  history: FlowPage[];
  answers: FlowAnswers;
  photos: Readonly<Record<string, readonly HeldPhoto[]>>;
  /** Set while a 修改 from check-answers is open: 继续 returns to the summary. */
  editingFrom: string | null;
  result: FlowResult | null;
}

export type FlowAction =
  /** `hasCard`: a card was read in this session already (the App keeps the holder, not the flow). */
  | { type: "start"; hasCard: boolean }
  | { type: "card-read" }
  | { type: "skip-identity" }
  | { type: "face-done"; photo: HeldPhoto | null }
  | {
      type: "answer";
      stepId: string;
      field: string;
      value: FlowAnswers[string] | undefined;
      photos?: readonly HeldPhoto[];
    }
  | { type: "continue"; stepId: string }
  | { type: "edit"; stepId: string; checkStepId: string }
  | { type: "back" }
  | { type: "finished"; result: FlowResult }
  | { type: "failed" }
  | { type: "to-print" }
  | { type: "printed" }
  /** Central said more about the order on screen (paid, declined …). */
  | { type: "payment-changed"; payment: PaymentView }
  /** The last order ended unpaid and the resident tries again: a fresh order is opened. */
  | { type: "pay-again" };

export const FACE_PHOTO_FIELD = "__face";

export function initialFlowState(): FlowState {
  return {
    page: { kind: "needs" },
    history: [],
    answers: {},
    photos: {},
    editingFrom: null,
    result: null,
  };
}

const needsIdentity = (s: ServiceDefinition): boolean => s.identity !== "none";
const needsFace = (s: ServiceDefinition): boolean =>
  s.identity === "idcard+face" || s.identity === "idcard+photo";

function firstStepPage(service: ServiceDefinition): FlowPage {
  const first = service.steps[0];
  return first ? { kind: "step", stepId: first.id } : { kind: "finishing" };
}

/** The page after `stepId`, or "finishing" when the definition's path is over. */
function afterStep(service: ServiceDefinition, stepId: string, answers: FlowAnswers): FlowPage {
  const next = nextStepId(service, stepId, answers);
  return next === undefined ? { kind: "finishing" } : { kind: "step", stepId: next };
}

/**
 * After a 修改, go on along the (possibly re-routed) path only as far as the first question that
 * has no answer yet, else straight back to the summary.
 */
function afterEdit(
  service: ServiceDefinition,
  stepId: string,
  answers: FlowAnswers,
  checkStepId: string,
): FlowPage {
  let id = nextStepId(service, stepId, answers);
  while (id !== undefined && id !== checkStepId) {
    const current = id;
    const step = service.steps.find((s) => s.id === current);
    if (step === undefined) break;
    if (step.type === "question" && !step.optional && answers[step.field] === undefined) {
      return { kind: "step", stepId: current };
    }
    id = nextStepId(service, current, answers);
  }
  return { kind: "step", stepId: checkStepId };
}

const push = (state: FlowState, page: FlowPage): FlowState => ({
  ...state,
  history: [...state.history, state.page],
  page,
});

/** The flow engine's reducer: pure, so every route and 返回 is tested without a browser. */
export function flowReducer(service: ServiceDefinition) {
  return (state: FlowState, action: FlowAction): FlowState => {
    switch (action.type) {
      case "start":
        if (!needsIdentity(service) || !action.hasCard) {
          return push(state, needsIdentity(service) ? { kind: "identity" } : firstStepPage(service));
        }
        return push(state, needsFace(service) ? { kind: "face" } : firstStepPage(service));
      case "card-read":
        if (state.page.kind !== "identity") return state;
        return push(state, needsFace(service) ? { kind: "face" } : firstStepPage(service));
      case "skip-identity":
        if (service.identity !== "optional" || state.page.kind !== "identity") return state;
        return push(state, firstStepPage(service));
      case "face-done": {
        const photos = action.photo ? { ...state.photos, [FACE_PHOTO_FIELD]: [action.photo] } : state.photos;
        return push({ ...state, photos }, firstStepPage(service));
      }
      case "answer": {
        const { value, field } = action;
        const answers: FlowAnswers =
          value === undefined
            ? Object.fromEntries(Object.entries(state.answers).filter(([f]) => f !== field))
            : { ...state.answers, [field]: value };
        const photos = action.photos ? { ...state.photos, [action.field]: action.photos } : state.photos;
        return { ...state, answers, photos };
      }
      case "continue": {
        if (state.page.kind !== "step" || state.page.stepId !== action.stepId) return state;
        const answers = answersOnPath(service, state.answers);
        const next =
          state.editingFrom !== null
            ? afterEdit(service, action.stepId, answers, state.editingFrom)
            : afterStep(service, action.stepId, answers);
        const backToSummary = next.kind === "step" && next.stepId === state.editingFrom;
        if (backToSummary) {
          // The summary is already in the history: return to it rather than stacking a second one.
          const at = state.history.findLastIndex((p) => p.kind === "step" && p.stepId === state.editingFrom);
          return {
            ...state,
            answers,
            editingFrom: null,
            page: next,
            history: state.history.slice(0, Math.max(at, 0)),
          };
        }
        return push({ ...state, answers }, next);
      }
      case "edit":
        return push({ ...state, editingFrom: action.checkStepId }, { kind: "step", stepId: action.stepId });
      case "back": {
        const previous = state.history.at(-1);
        if (previous === undefined || state.page.kind === "finishing" || state.page.kind === "goodbye")
          return state;
        // Once a result exists there is no way back into the answers: they were submitted.
        if (state.result !== null && state.page.kind !== "print") return state;
        const leavingEdit =
          state.editingFrom !== null && previous.kind === "step" && previous.stepId === state.editingFrom;
        return {
          ...state,
          page: previous,
          history: state.history.slice(0, -1),
          editingFrom: leavingEdit ? null : state.editingFrom,
        };
      }
      case "finished":
        return { ...state, result: action.result, page: { kind: "result" }, history: [] };
      case "failed": {
        const previous = state.history.at(-1);
        return previous ? { ...state, page: previous, history: state.history.slice(0, -1) } : state;
      }
      case "to-print":
        return state.result ? push(state, { kind: "print" }) : state;
      case "printed":
        return { ...state, page: { kind: "goodbye" }, history: [] };
      case "payment-changed":
        // A final state is never replaced by `pending` (a slow read answering after a fast one).
        if (state.result?.kind !== "payment" || state.result.payment.orderId !== action.payment.orderId)
          return state;
        if (state.result.payment.state !== "pending" && action.payment.state === "pending") return state;
        return { ...state, result: { kind: "payment", payment: action.payment } };
      case "pay-again":
        if (state.result?.kind !== "payment" || state.result.payment.state === "pending") return state;
        if (state.result.payment.state === "paid") return state;
        return { ...state, result: null, page: { kind: "finishing" }, history: [] };
    }
  };
}

/** True when 返回 does something on this page (the nav bar falls back to leaving the flow). */
export const canGoBack = (state: FlowState): boolean =>
  state.history.length > 0 &&
  state.page.kind !== "finishing" &&
  state.page.kind !== "goodbye" &&
  (state.result === null || state.page.kind === "print");
