import type { Kysely } from "kysely";
import * as z from "zod";
import { maskPhone, phoneAnswer } from "../../kiosk-config/services/phone-answer";
import { RetryLater } from "../auth/address-limits";
import type { Catalog } from "../catalog/catalog";
import { hitRateLimit } from "../db/queries/rate-limits";
import type { CentralSchema, SmsMessagesTable } from "../db/schema";
import { HttpError, notFound, unprocessable } from "../http/errors";
import type { Logger } from "pino";
import type { Sealer } from "../privacy/sealer";
import { openData } from "../privacy/submission-fields";
import type { ReferenceSmsReply, ReferenceSmsRequest } from "../protocol";
import { referenceText } from "./message";
import type { SmsProvider } from "./provider";

/** The part of a stored submission the phone number is read from (purged data has none). */
const StoredAnswers = z.object({ answers: z.record(z.string(), z.unknown()) });

/** Texts one kiosk may send per window: a kiosk serves a resident every minute or two at most. */
export const SMS_LIMIT = { max: 10, windowMs: 10 * 60_000 };

export interface SmsDeps {
  db: Kysely<CentralSchema>;
  catalog: Catalog;
  sealer: Sealer;
  provider: SmsProvider;
  log: Logger;
  now: () => Date;
  limit?: { max: number; windowMs: number };
}

const toReply = (row: SmsMessagesTable): ReferenceSmsReply => ({
  id: row.id,
  state: row.state === "sent" ? "sent" : "failed",
  phoneMasked: row.phone_masked,
  ...(row.sent_at === null ? {} : { sentAt: row.sent_at }),
});

/**
 * Texts the reference number of one of the kiosk's own submissions to the phone number in that
 * submission's answers. The kiosk names only the submission's reference: the number and the text
 * come from central's record, so a kiosk cannot text anyone else or anything else. One message per
 * submission: a retry (same id) or a second ask (new id) returns the first message, unsent again.
 */
export async function sendReferenceSms(
  deps: SmsDeps,
  kioskId: string,
  request: ReferenceSmsRequest,
): Promise<{ reply: ReferenceSmsReply; replayed: boolean }> {
  const { db } = deps;
  const submission = await db
    .selectFrom("submissions")
    .select(["id", "service_id", "tracking_no", "data_sealed"])
    .where("kiosk_id", "=", kioskId)
    .where("tracking_no", "=", request.referenceNo)
    .executeTakeFirst();
  if (submission === undefined) throw notFound("submission");
  const earlier = await db
    .selectFrom("sms_messages")
    .selectAll()
    .where("kiosk_id", "=", kioskId)
    .where((eb) => eb.or([eb("id", "=", request.id), eb("submission_id", "=", submission.id)]))
    .executeTakeFirst();
  if (earlier !== undefined && earlier.state !== "sending")
    return { reply: toReply(earlier), replayed: true };
  if (earlier !== undefined)
    throw new HttpError(409, "sms_in_progress", "短信正在发送，请稍候", "this text is being sent right now");
  const service = deps.catalog.byId(submission.service_id);
  const data = StoredAnswers.safeParse(
    submission.data_sealed === ""
      ? {}
      : JSON.parse(openData(deps.sealer, { kioskId, submissionId: submission.id }, submission.data_sealed)),
  );
  const answers = data.success ? data.data.answers : {};
  const phone = service === undefined ? undefined : phoneAnswer(service, answers);
  if (service === undefined || phone === undefined)
    throw unprocessable(
      "no_phone",
      "the submission has no mobile number to text",
      "本次办理没有填写手机号码",
    );
  const now = deps.now();
  const limit = deps.limit ?? SMS_LIMIT;
  const window = await hitRateLimit(
    db,
    `sms:${kioskId}`,
    now.toISOString(),
    new Date(now.getTime() + limit.windowMs).toISOString(),
  );
  if (window.hits > limit.max) {
    const retryAfter = Math.max(1, Math.ceil((Date.parse(window.resetAt) - now.getTime()) / 1000));
    throw new RetryLater(
      retryAfter,
      "sms_limit",
      "短信发送过于频繁，请稍后再试",
      "this kiosk has sent too many texts; try later",
    );
  }
  const row: SmsMessagesTable = {
    kiosk_id: kioskId,
    id: request.id,
    submission_id: submission.id,
    phone_masked: maskPhone(phone),
    locale: request.locale,
    state: "sending",
    provider: deps.provider.name,
    provider_ref: null,
    created_at: now.toISOString(),
    sent_at: null,
  };
  // The unique (kiosk, submission) row is the lock: of two asks at once, one inserts and sends.
  const inserted = await db
    .insertInto("sms_messages")
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted === undefined) return sendReferenceSms(deps, kioskId, request);
  const text = referenceText(request.locale, service.name, submission.tracking_no);
  let done: SmsMessagesTable;
  try {
    const { providerRef } = await deps.provider.send({ key: request.id, to: phone, text });
    done = { ...row, state: "sent", provider_ref: providerRef, sent_at: deps.now().toISOString() };
  } catch (error) {
    deps.log.warn({ err: error, kioskId, phone: row.phone_masked }, "reference text failed");
    done = { ...row, state: "failed" };
  }
  await db
    .updateTable("sms_messages")
    .set({ state: done.state, provider_ref: done.provider_ref, sent_at: done.sent_at })
    .where("kiosk_id", "=", kioskId)
    .where("id", "=", request.id)
    .execute();
  deps.log.info(
    { kioskId, referenceNo: submission.tracking_no, phone: row.phone_masked, state: done.state },
    "reference text",
  );
  return { reply: toReply(done), replayed: false };
}
