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

/** What a submission came to: the central decision, or "received, will be processed" offline. */
export const SubmissionOutcome = z.object({
  /** The reference number (办件编号) shown in large type and printed. */
  referenceNo: z.string(),
  status: z.enum(["accepted", "approved", "rejected", "pending"]),
  /** 秒批 reasons, or why a request was refused. */
  reasons: z.array(z.object({ code: z.string(), "zh-CN": z.string(), en: z.string() })),
  /** True when the network was down and the submission waits in the outbox. */
  queued: z.boolean(),
  /** Reward claim code for food-safety reports, when the service issues one. */
  claimCode: z.string().optional(),
  /** What to print for the resident, if the service prints anything. */
  receipt: z.object({ layoutId: z.string(), data: z.record(z.string(), z.unknown()) }).nullable(),
});
export type SubmissionOutcome = z.infer<typeof SubmissionOutcome>;

export const QueryResult = z.object({
  rows: z.array(z.object({ label: Message, value: z.string() })),
  receipt: z.object({ layoutId: z.string(), data: z.record(z.string(), z.unknown()) }).nullable(),
});
export type QueryResult = z.infer<typeof QueryResult>;

export const TicketResult = z.object({
  ticketNo: z.string(),
  departmentId: z.string(),
  departmentName: LocalizedText,
  waitingAhead: z.number().int().nonnegative(),
  issuedAt: z.string(),
  receipt: z.object({ layoutId: z.string(), data: z.record(z.string(), z.unknown()) }),
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
