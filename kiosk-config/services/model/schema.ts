/**
 * The service definition: one resident service as data (a small schema modelled on GOV.UK Forms,
 * not a form library), rendered by the flow engine one step per page. Import from here;
 * `../index.ts` holds the validated catalog.
 */
import * as z from "zod";
import { CategoryId } from "../../catalog/categories";
import { Answer } from "./answers";
import { checkService } from "./checks";
import { LocalizedText } from "./text";

export { Answer, Option } from "./answers";
export type { AnswerType } from "./answers";
export { submitsAnswers, submittingKinds } from "./checks";
export { END } from "./end";
export { LocalizedText } from "./text";

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ServiceId = z.string().regex(kebab, "service ids are kebab-case");
export const StepId = z.string().regex(/^[a-zA-Z][a-zA-Z0-9-]*$/, "step ids are letters, digits, dashes");
export const FieldId = z.string().regex(/^[a-z][A-Za-z0-9]*$/, "field ids are camelCase");

/** A step id, or `END`. */
export const StepTarget = StepId;

/** "When the answer to `field` equals `equals`, go to step `goTo`"; routes win over `next`. */
export const Route = z.object({
  when: z.object({ field: FieldId, equals: z.string() }),
  goTo: StepTarget,
});
export type Route = z.infer<typeof Route>;

const stepBase = {
  id: StepId,
  /** Step to show after this one; default the following step in `steps` (the last step ends the flow). */
  next: StepTarget.optional(),
  /** Conditional jumps checked in order before `next`; default none. */
  routes: z.array(Route).default([]),
};

/** One question on one page. `field` names the answer and is the key routes and check-answers use. */
export const QuestionStep = z.object({
  ...stepBase,
  type: z.literal("question"),
  field: FieldId,
  /** The page heading is the question (one question per page). */
  title: LocalizedText,
  /** A line under the question; default none. */
  hint: LocalizedText.optional(),
  /**
   * The answer's short name on the review page and wherever it is listed (宝宝姓名, not
   * 宝宝的姓名是？); default derived from the title (see `questionLabel`).
   */
  label: LocalizedText.optional(),
  /** Whether the resident may skip it; default false. */
  optional: z.boolean().default(false),
  answer: Answer,
});

/**
 * A hardware step beyond identity. Identity (card, face, photo) is declared once on the service
 * and run by the engine before `steps`, so flows never repeat it.
 */
export const DeviceStep = z.object({
  ...stepBase,
  type: z.literal("device"),
  device: z.enum(["transit-card", "qr-scanner", "document-scanner", "camera", "locker", "fingerprint"]),
  title: LocalizedText,
  hint: LocalizedText.optional(),
  /**
   * A document the camera reads to pre-fill the answers that follow (central's OCR); each value
   * is still shown to the resident to confirm, and the step can always be skipped to type them.
   */
  reads: z.literal("birth-certificate").optional(),
});

/** A page of explanation with no input. */
export const InfoStep = z.object({
  ...stepBase,
  type: z.literal("info"),
  title: LocalizedText,
  body: LocalizedText,
});

/** The summary with a 修改 action per answer; submitting services end with it. */
export const CheckAnswersStep = z.object({
  ...stepBase,
  type: z.literal("check-answers"),
});

export const Step = z.discriminatedUnion("type", [QuestionStep, DeviceStep, InfoStep, CheckAnswersStep]);
export type Step = z.infer<typeof Step>;
export type QuestionStep = z.infer<typeof QuestionStep>;

export const ServiceKind = z.enum([
  "query",
  "application",
  "print-certificate",
  "appointment",
  "payment",
  "report",
]);
export type ServiceKind = z.infer<typeof ServiceKind>;

export const Identity = z.enum(["none", "optional", "idcard", "idcard+face", "idcard+photo"]);
export type Identity = z.infer<typeof Identity>;

export const PrintLayout = z.enum([
  "queue-ticket",
  "submission-receipt",
  "query-printout",
  "certificate",
  "none",
]);
export type PrintLayout = z.infer<typeof PrintLayout>;

export const ServiceDefinitionShape = z.object({
  id: ServiceId,
  name: LocalizedText,
  /** Extra search terms beyond the name, e.g. 社保, 医保; default none. */
  aliases: z.array(z.string().min(1)).default([]),
  category: CategoryId,
  kind: ServiceKind,
  identity: Identity,
  /** "What you will need", shown before the card is asked for. */
  needs: z.array(LocalizedText),
  steps: z.array(Step).min(1),
  /** "queue": accepted into the outbox while offline; "online-only": refused plainly while offline. */
  offline: z.enum(["queue", "online-only"]),
  print: PrintLayout,
  /** Id of the central 秒批 rule that decides it instantly; present exactly for 秒批 services. */
  approvalRule: z.string().regex(kebab).optional(),
  /** End the session when the ID card leaves the reader; default false. */
  wipeOnCardRemoval: z.boolean().default(false),
  /**
   * Row of the draft service catalog the operator supplied, for tracing while the operator confirms
   * it.
   */
  catalogRow: z.number().int().positive().optional(),
});

/** A service definition whose flow passed every check of `checkService`. */
export const ServiceDefinition = ServiceDefinitionShape.superRefine((service, ctx) => {
  for (const problem of checkService(service)) ctx.addIssue({ code: "custom", message: problem });
});
export type ServiceDefinition = z.infer<typeof ServiceDefinitionShape>;
/** What a catalog file writes: defaults may be left out. */
export type ServiceInput = z.input<typeof ServiceDefinitionShape>;
