/** Enrollment of a kiosk and rotation of its token. */
import * as z from "zod";
import { shortText } from "./primitives";

export const EnrollRequest = z.object({
  code: z.string().min(1).max(64),
  name: shortText,
});
export type EnrollRequest = z.infer<typeof EnrollRequest>;

export const EnrollReply = z.object({
  kioskId: z.string().min(1),
  /** Bearer token for every other /v1 route; shown once, stored hashed by the service. */
  token: z.string().min(1),
});
export type EnrollReply = z.infer<typeof EnrollReply>;

/**
 * `POST /v1/token/rotate` (authenticated with the current token): a new token for the kiosk. The
 * old one keeps working until the new one is first used, so a reply lost on the way costs
 * nothing: the kiosk asks again with the old token.
 */
export const TokenRotateReply = z.object({ kioskId: z.string().min(1), token: z.string().min(1) });
export type TokenRotateReply = z.infer<typeof TokenRotateReply>;
