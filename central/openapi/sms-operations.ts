import { ReferenceSmsReply, ReferenceSmsRequest, SMS_ROUTES } from "../protocol";
import { common, err, type Operation } from "./operation";

/** Texting a reference number to the resident when the kiosk has no paper. */
export const smsOperations: Operation[] = [
  {
    method: "post",
    path: SMS_ROUTES.referenceSms,
    summary:
      "Text the reference number of one of this kiosk's submissions to the mobile number in its answers, in the resident's language (one text per submission; a retry with the same id never sends again)",
    auth: "kiosk",
    request: ReferenceSmsRequest,
    replies: {
      201: { description: "sent (or failed at the provider)", schema: ReferenceSmsReply },
      200: {
        description: "the earlier text for this submission; header Idempotent-Replayed: true",
        schema: ReferenceSmsReply,
      },
      ...common,
      404: err("no submission of this kiosk has that reference number"),
      409: err("the same text is being sent right now (sms_in_progress)"),
      422: err("the submission has no mobile number (no_phone)"),
      429: err("this kiosk has sent too many texts (sms_limit, header Retry-After)"),
    },
  },
];
