import { sha256Hex } from "../auth/secrets";
import type { CentralContext } from "../context";
import { chinaDay } from "../db/clock";
import { nextCounterRange } from "../db/queries/counters";
import { findSubmission, findSubmissions } from "../db/queries/submissions";
import type { KioskRow, SubmissionRow } from "../db/schema";
import { badRequest, describeIssues, HttpError, unknownService, unprocessable } from "../http/errors";
import { canonicalJson, MAX_JSON_DEPTH, type SubmissionReply, SubmissionRequest } from "../protocol";
import { jsonDepthOver } from "../http/json-depth";
import { bodyHashOf, openReply } from "../privacy/submission-fields";
import { answerTooLong } from "./answer-limits";
import { type Fresh, type SubmitOutcome, storeDecided, storePlain } from "./store-submission";

export type { SubmitOutcome } from "./store-submission";

/**
 * Applies every submission rule (idempotency, validation, 秒批; see central/README.md) to one
 * request body.
 *
 * `key` is the Idempotency-Key (the item's own id in a batch). Rejections throw HttpError and
 * create nothing. A repeated key with the same body (compared as canonical JSON, so key order
 * does not matter) replays the stored reply text byte for byte.
 */
export async function submit(
  ctx: CentralContext,
  kiosk: KioskRow,
  key: string | undefined,
  raw: unknown,
): Promise<SubmitOutcome> {
  const [result] = await submitMany(ctx, kiosk, [{ key, raw }]);
  if (result === undefined) throw new Error("submitMany returned no result");
  if (result instanceof HttpError) throw result;
  return result;
}

/**
 * Several submissions under the same rules, stored in ONE transaction: a batch of 100 costs one
 * existence query and one commit (one fsync on SQLite) instead of 100 of each. Each item gets its
 * own outcome or HttpError, in order.
 */
export async function submitMany(
  ctx: CentralContext,
  kiosk: KioskRow,
  items: readonly { key: string | undefined; raw: unknown }[],
): Promise<(SubmitOutcome | HttpError)[]> {
  const validated = items.map((item) => attempt(() => validate(ctx, item.key, item.raw)));
  const ids = validated.flatMap((v) => (v instanceof HttpError ? [] : [v.request.id]));
  const existing = await findSubmissions(ctx.db, kiosk.id, ids);
  const results: (SubmitOutcome | HttpError | Fresh)[] = validated.map((v) =>
    v instanceof HttpError ? v : attempt(() => classify(ctx, v, existing.get(v.request.id))),
  );
  const fresh = results.filter((r): r is Fresh => "service" in r);
  if (fresh.length === 0) return results.filter((r): r is SubmitOutcome | HttpError => !("service" in r));

  const now = ctx.now();
  const day = chinaDay(now);
  // Reserved outside the transaction so that on PostgreSQL the day's counter row is locked for
  // one statement, not for the whole batch; a number lost to a race leaves a harmless gap.
  const firstNo = await nextCounterRange(ctx.db, `tracking:${day}`, fresh.length);
  const numbered: Numbered[] = [];
  const seen = new Set<string>();
  fresh.forEach((f, i) => {
    // A repeated id within the batch is settled after commit, as a replay of the first.
    if (seen.has(f.request.id)) return;
    seen.add(f.request.id);
    numbered.push({ fresh: f, trackingNo: `FZ${day}${String(firstNo + i).padStart(6, "0")}` });
  });
  const stored = await storeEachStandingAlone(ctx, kiosk, numbered, now);

  const final: (SubmitOutcome | HttpError)[] = [];
  for (const r of results) {
    if (!("service" in r)) {
      final.push(r);
      continue;
    }
    const outcome = stored.get(r);
    if (outcome !== undefined) {
      final.push(outcome);
      continue;
    }
    // Someone stored the same (kiosk, id) first: another request, or an earlier item of this batch.
    const winner = await findSubmission(ctx.db, kiosk.id, r.request.id);
    final.push(
      attempt(() => {
        if (winner === undefined) throw new Error(`submission ${r.request.id} vanished after a conflict`);
        return replay(ctx, winner, r.bodyHash);
      }),
    );
  }
  return final;
}

interface Numbered {
  fresh: Fresh;
  trackingNo: string;
}

/** Stores the items in one transaction (the fast path: one commit, one fsync). */
async function storeTogether(
  ctx: CentralContext,
  kiosk: KioskRow,
  items: readonly Numbered[],
  now: Date,
): Promise<Map<Fresh, SubmitOutcome | undefined>> {
  return ctx.db.transaction().execute(async (tx) => {
    const out = new Map<Fresh, SubmitOutcome | undefined>();
    const plain = items.filter((n) => n.fresh.service.approvalRule === undefined);
    const ruled = items.filter((n) => n.fresh.service.approvalRule !== undefined);
    for (const [f, outcome] of await storePlain(tx, ctx, kiosk, plain, now)) out.set(f, outcome);
    for (const r of ruled) out.set(r.fresh, await storeDecided(tx, ctx, kiosk, r.fresh, r.trackingNo, now));
    return out;
  });
}

/**
 * One transaction for the batch; if it fails, each item in a transaction of its own, so an item
 * that cannot be stored fails alone (500 for that item, which the kiosk retries) and never takes
 * the good items of its batch down with it.
 */
async function storeEachStandingAlone(
  ctx: CentralContext,
  kiosk: KioskRow,
  items: readonly Numbered[],
  now: Date,
): Promise<Map<Fresh, SubmitOutcome | HttpError | undefined>> {
  try {
    return await storeTogether(ctx, kiosk, items, now);
  } catch (error) {
    if (items.length <= 1) throw error;
    ctx.log.warn(
      { err: error, items: items.length },
      "batch transaction failed; storing its items one by one",
    );
  }
  const out = new Map<Fresh, SubmitOutcome | HttpError | undefined>();
  for (const item of items) {
    try {
      for (const [f, outcome] of await storeTogether(ctx, kiosk, [item], now)) out.set(f, outcome);
    } catch (error) {
      ctx.log.error({ err: error, submissionId: item.fresh.request.id }, "submission could not be stored");
      out.set(
        item.fresh,
        new HttpError(
          500,
          "internal",
          "服务暂时不可用，请稍后再试",
          "this item could not be stored; retry later",
        ),
      );
    }
  }
  return out;
}

/** Runs `fn`, returning an HttpError it throws instead of throwing it. */
function attempt<T>(fn: () => T): T | HttpError {
  try {
    return fn();
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
}

/**
 * Checks the key and the body's shape; the body hash is over canonical JSON of what was sent
 * (unknown fields included), kept as a keyed hash so the stored value reveals nothing.
 */
function validate(
  ctx: CentralContext,
  key: string | undefined,
  raw: unknown,
): { request: SubmissionRequest; bodyHash: string } {
  if (key === undefined || key === "") {
    throw badRequest("idempotency_key_missing", "the Idempotency-Key header is required");
  }
  if (jsonDepthOver(raw, MAX_JSON_DEPTH))
    throw badRequest("too_deep", `nested deeper than ${MAX_JSON_DEPTH} levels`);
  const parsed = SubmissionRequest.safeParse(raw);
  if (!parsed.success) throw badRequest("invalid_body", describeIssues(parsed.error.issues));
  if (key !== parsed.data.id) {
    throw unprocessable("idempotency_key_mismatch", "Idempotency-Key must equal body.id", "请求标识不一致");
  }
  return { request: parsed.data, bodyHash: bodyHashOf(ctx.sealer, sha256Hex(canonicalJson(raw))) };
}

/** A stored id replays (or conflicts); a new one must name a submitting service of the catalog. */
function classify(
  ctx: CentralContext,
  { request, bodyHash }: { request: SubmissionRequest; bodyHash: string },
  existing: SubmissionRow | undefined,
): SubmitOutcome | Fresh {
  if (existing !== undefined) return replay(ctx, existing, bodyHash);
  const service = ctx.catalog.byId(request.serviceId);
  if (service === undefined) throw unknownService(request.serviceId);
  if (service.kind === "query") {
    throw unprocessable("not_a_submission", `"${service.id}" is a query service`, "该事项为查询类，无需提交");
  }
  const tooLong = answerTooLong(service, request.data.answers);
  if (tooLong !== undefined) throw badRequest("answer_too_long", tooLong, "填写内容超出长度限制");
  return { request, bodyHash, service };
}

function replay(ctx: CentralContext, row: SubmissionRow, bodyHash: string): SubmitOutcome {
  if (row.body_hash !== bodyHash) {
    ctx.metrics.submissions.inc({ result: "conflict" });
    throw unprocessable(
      "idempotency_key_reused",
      "this Idempotency-Key was already used with a different body",
      "该请求标识已用于另一份申请",
    );
  }
  ctx.metrics.submissions.inc({ result: "replayed" });
  const body = openReply(ctx.sealer, { kioskId: row.kiosk_id, submissionId: row.id }, row.reply_sealed);
  return { status: 200, body, replayed: true, reply: JSON.parse(body) as SubmissionReply };
}
