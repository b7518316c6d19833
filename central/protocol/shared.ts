/** Pieces every part of the contract uses: error replies, bilingual text, the resident's identity. */
import * as z from "zod";

/** A reason or an error, in words a resident (zh) or technician (en) can read. */
export const Reason = z.object({
  code: z.string().min(1).max(64),
  zh: z.string(),
  en: z.string(),
});
export type Reason = z.infer<typeof Reason>;

/** Body of every 4xx/5xx reply of the central service. */
export const ErrorReply = z.object({ error: Reason });
export type ErrorReply = z.infer<typeof ErrorReply>;

/** A text in both languages of the kiosk UI. */
export const BilingualText = z.object({ "zh-CN": z.string(), en: z.string() });
export type BilingualText = z.infer<typeof BilingualText>;

/** The resident's identity as read from the ID card (synthetic in every test). */
export const Identity = z.object({
  name: z.string().min(1).max(100),
  idNumber: z.string().min(1).max(32),
  /** YYYY-MM-DD */
  birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sex: z.string().min(1).max(16),
  cardType: z.string().min(1).max(32),
});
export type Identity = z.infer<typeof Identity>;
