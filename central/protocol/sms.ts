/** Texting a submission's reference number to the phone the resident gave (no paper to print on). */
import * as z from "zod";
import { isoDateTime } from "./primitives";

export const SMS_ROUTES = {
  /** Kiosk token. The number and text come from central's own record, never from the request. */
  referenceSms: "/v1/sms/reference",
} as const;

export const SmsLocale = z.enum(["zh-CN", "zh-Hant", "en"]);
export type SmsLocale = z.infer<typeof SmsLocale>;

export const ReferenceSmsRequest = z
  .object({
    /** The kiosk-made message id: a retry with it never sends twice. */
    id: z.uuid(),
    /** The reference number (办件编号) of one of this kiosk's own submissions. */
    referenceNo: z.string().min(1).max(64),
    /** The resident's language, which the text is written in. */
    locale: SmsLocale,
  })
  // Strict: a number or text in the request would suggest central uses it; it never does.
  .strict();
export type ReferenceSmsRequest = z.infer<typeof ReferenceSmsRequest>;

export const ReferenceSmsReply = z.object({
  id: z.uuid(),
  state: z.enum(["sent", "failed"]),
  /** `138****8000`: where it went. */
  phoneMasked: z.string(),
  sentAt: isoDateTime.optional(),
});
export type ReferenceSmsReply = z.infer<typeof ReferenceSmsReply>;
