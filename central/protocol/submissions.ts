/** Submissions, one at a time or in batches, and their replies. */
import * as z from "zod";
import { isoDateTime } from "./primitives";
import { MAX_BATCH_ITEMS } from "./routes";
import { Identity, Reason } from "./shared";

export const AnswerValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export const SubmissionData = z.object({
  answers: z.record(z.string().max(64), AnswerValue),
  identity: Identity.optional(),
  photos: z
    .array(z.object({ mime: z.string().min(1).max(64), base64: z.string() }))
    .max(6)
    .optional(),
  anonymous: z.boolean().optional(),
  /**
   * Field names of `answers` the kiosk pre-filled from a photographed document (出生医学证明)
   * and the resident confirmed; the 秒批 decision records them. Optional: older kiosks omit it.
   */
  fromDocument: z.array(z.string().max(64)).max(20).optional(),
});
export type SubmissionData = z.infer<typeof SubmissionData>;

export const SubmissionRequest = z.object({
  /** Made on the kiosk; also the Idempotency-Key. */
  id: z.uuid(),
  serviceId: z.string().min(1).max(100),
  data: SubmissionData,
  createdAt: isoDateTime,
});
export type SubmissionRequest = z.infer<typeof SubmissionRequest>;

export const SubmissionStatus = z.enum(["accepted", "approved", "rejected", "pending"]);
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;

export const SubmissionReply = z.object({
  id: z.uuid(),
  serviceId: z.string(),
  status: SubmissionStatus,
  /** Reference number shown and printed for the resident, e.g. "FZ20261127-000042". */
  trackingNo: z.string(),
  /** Why a 秒批 service was approved or rejected. */
  reasons: z.array(Reason).optional(),
  /** Code the resident uses to collect a result (approved 秒批 services only). */
  claimCode: z.string().optional(),
  /** When the service first received it. */
  receivedAt: isoDateTime,
});
export type SubmissionReply = z.infer<typeof SubmissionReply>;

export const BatchRequest = z.object({
  items: z.array(SubmissionRequest).min(1).max(MAX_BATCH_ITEMS),
});
export type BatchRequest = z.infer<typeof BatchRequest>;

/**
 * One item's result in a batch: `status` is the HTTP status the item would have had alone
 * (201 new, 200 replayed, 422 …), so `classifyResponse(status)` applies per item.
 */
export const BatchItemResult = z.object({
  id: z.string(),
  status: z.number().int(),
  replayed: z.boolean(),
  reply: SubmissionReply.optional(),
  error: Reason.optional(),
});
export type BatchItemResult = z.infer<typeof BatchItemResult>;

export const BatchReply = z.object({ results: z.array(BatchItemResult) });
export type BatchReply = z.infer<typeof BatchReply>;
