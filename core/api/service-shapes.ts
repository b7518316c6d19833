/** Shapes of the resident's services: answers, outcomes, query results, tickets, printing. */
import * as z from "zod";
import { LocalizedText, Message } from "./kiosk-shapes";

export const AnswerValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export const Answers = z.record(z.string().max(64), AnswerValue);
export type Answers = z.infer<typeof Answers>;

/** A photo taken at the kiosk (report evidence); JPEG or PNG, base64, at most ~700 KB. */
export const Photo = z.object({
  mime: z.enum(["image/jpeg", "image/png"]),
  base64: z.string().max(960_000),
});

/** A cropped camera picture of a document, sent to central to be read and never kept. */
export const DocumentImage = z.object({
  mime: z.enum(["image/jpeg", "image/png"]),
  base64: z.string().max(2_000_000),
});

/** One value read from a document, with how sure the reading is (0–1). */
const ReadValue = z.object({ value: z.string(), confidence: z.number() });

/**
 * What the kiosk could read from a 出生医学证明, keyed by the newborn service's fields. Values
 * read too unsurely are left out; `unreadable` / `unavailable` mean the parent types everything
 * (offline, central busy or too slow, no readable text): never an error the page must handle.
 */
export const DocumentReading = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("read"),
    fields: z.object({
      birthCertificateNo: ReadValue.optional(),
      childName: ReadValue.optional(),
      childSex: ReadValue.optional(),
      childBirthDate: ReadValue.optional(),
    }),
  }),
  z.object({ status: z.enum(["unreadable", "unavailable"]) }),
]);
export type DocumentReading = z.infer<typeof DocumentReading>;

/** What to print for the resident: a layout of kiosk-config/layouts and its data. */
export const Receipt = z.object({ layoutId: z.string(), data: z.record(z.string(), z.unknown()) });
export type Receipt = z.infer<typeof Receipt>;

/** One reason of a decision (秒批), or why a request was refused, in both languages. */
export const DecisionReason = Message.extend({ code: z.string() });
export type DecisionReason = z.infer<typeof DecisionReason>;

/**
 * What a submission came to: the central decision, or "received, will be processed" offline.
 * The sync engine answers in this shape (core/sync/submit.ts), and the page receives it with
 * the receipt added: one shape from central's reply to the screen.
 */
export const SubmissionDecision = z.object({
  /** The reference number (办件编号) shown in large type and printed; `L-…` while queued. */
  referenceNo: z.string(),
  status: z.enum(["accepted", "approved", "rejected", "pending"]),
  /** 秒批 reasons, or why a request was refused. */
  reasons: z.array(DecisionReason),
  /** True when the network was down and the submission waits in the outbox. */
  queued: z.boolean(),
  /** Reward claim code for food-safety reports, when the service issues one. */
  claimCode: z.string().optional(),
});
export type SubmissionDecision = z.infer<typeof SubmissionDecision>;

export const SubmissionOutcome = SubmissionDecision.extend({
  /** What to print for the resident, if the service prints anything. */
  receipt: Receipt.nullable(),
});
export type SubmissionOutcome = z.infer<typeof SubmissionOutcome>;

export const QueryResult = z.object({
  /** `text`, where central sent one, is the value in the resident's language; `value` otherwise. */
  rows: z.array(z.object({ label: Message, value: z.string(), text: Message.optional() })),
  receipt: Receipt.nullable(),
});
export type QueryResult = z.infer<typeof QueryResult>;

export const TicketResult = z.object({
  ticketNo: z.string(),
  departmentId: z.string(),
  departmentName: LocalizedText,
  waitingAhead: z.number().int().nonnegative(),
  issuedAt: z.string(),
  receipt: Receipt,
});
export type TicketResult = z.infer<typeof TicketResult>;

export const PrintResult = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), jobId: z.string() }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(["paper-out", "cover-open", "offline", "timeout", "error"]),
    message: Message,
  }),
]);
export type PrintResult = z.infer<typeof PrintResult>;
