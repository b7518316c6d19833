import type { Kysely } from "kysely";
import { newClaimCode, sha256Hex } from "../auth/secrets";
import type { ServiceDefinition } from "../../kiosk-config/services/index";
import type { CentralContext } from "../context";
import { chinaDay } from "../db/clock";
import { nextCounterRange } from "../db/queries/counters";
import {
  findSubmission,
  hasGrant,
  insertDecision,
  insertGrantIfNew,
  insertSubmissionIfNew,
  updateSubmissionOutcome,
} from "../db/queries/submissions";
import type { CentralSchema, KioskRow, SubmissionRow } from "../db/schema";
import { badRequest, describeIssues, HttpError, unknownService, unprocessable } from "../http/errors";
import { canonicalJson, type Reason, type SubmissionReply, SubmissionRequest } from "../protocol";
import { decide } from "../rules/engine";
import { ruleSetById } from "../rules/rule-sets";
import type { Decision } from "../rules/types";

/** The reply to one submission: HTTP status, the exact JSON text, and whether it was replayed. */
export interface SubmitOutcome {
  status: 200 | 201;
  body: string;
  replayed: boolean;
  reply: SubmissionReply;
}

/** A request that passed every check and is not yet stored. */
interface Fresh {
  request: SubmissionRequest;
  bodyHash: string;
  service: ServiceDefinition;
}

const ALREADY_GRANTED: Reason = {
  code: "already_granted",
  zh: "已办理过该事项，无需重复办理",
  en: "already granted for this subject",
};

/**
 * Applies every submission rule of central-api.md to one request body.
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
 * commit (one fsync on SQLite) instead of 100. Each item gets its own outcome or HttpError.
 */
export async function submitMany(
  ctx: CentralContext,
  kiosk: KioskRow,
  items: readonly { key: string | undefined; raw: unknown }[],
): Promise<(SubmitOutcome | HttpError)[]> {
  const results: (SubmitOutcome | HttpError | Fresh)[] = [];
  for (const item of items) {
    try {
      results.push(await check(ctx, kiosk, item.key, item.raw));
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      results.push(error);
    }
  }
  const fresh = results.filter((r): r is Fresh => "service" in r);
  if (fresh.length === 0) return results.filter((r): r is SubmitOutcome | HttpError => !("service" in r));

  const now = ctx.now();
  const day = chinaDay(now);
  // Reserved outside the transaction so that on PostgreSQL the day's counter row is locked for
  // one statement, not for the whole batch; a number lost to a race leaves a harmless gap.
  const firstNo = await nextCounterRange(ctx.db, `tracking:${day}`, fresh.length);
  const stored = await ctx.db.transaction().execute(async (tx) => {
    const out = new Map<Fresh, SubmitOutcome | undefined>();
    let n = firstNo;
    for (const f of fresh) {
      const trackingNo = `FZ${day}${String(n++).padStart(6, "0")}`;
      out.set(f, await store(tx, ctx, kiosk, f, trackingNo, now));
    }
    return out;
  });

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
    try {
      if (winner === undefined) throw new Error(`submission ${r.request.id} vanished after a conflict`);
      final.push(replay(ctx, winner, r.bodyHash));
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      final.push(error);
    }
  }
  return final;
}

/** Validates one request; a replay or a rejection ends here, a fresh request goes on to store(). */
async function check(
  ctx: CentralContext,
  kiosk: KioskRow,
  key: string | undefined,
  raw: unknown,
): Promise<SubmitOutcome | Fresh> {
  if (key === undefined || key === "") {
    throw badRequest("idempotency_key_missing", "the Idempotency-Key header is required");
  }
  const parsed = SubmissionRequest.safeParse(raw);
  if (!parsed.success) throw badRequest("invalid_body", describeIssues(parsed.error.issues));
  const request = parsed.data;
  if (key !== request.id) {
    throw unprocessable("idempotency_key_mismatch", "Idempotency-Key must equal body.id", "请求标识不一致");
  }
  const bodyHash = sha256Hex(canonicalJson(raw));
  const existing = await findSubmission(ctx.db, kiosk.id, request.id);
  if (existing !== undefined) return replay(ctx, existing, bodyHash);

  const service = ctx.catalog.byId(request.serviceId);
  if (service === undefined) throw unknownService(request.serviceId);
  if (service.kind === "query") {
    throw unprocessable("not_a_submission", `"${service.id}" is a query service`, "该事项为查询类，无需提交");
  }
  return { request, bodyHash, service };
}

/**
 * Decides and stores one fresh submission inside the caller's transaction; undefined when the
 * (kiosk, id) already exists.
 *
 * Why the submission is inserted before the grant: when the insert loses a race nothing else has
 * been written, so the batch's transaction needs no rollback. On PostgreSQL the losing insert
 * waits for the winner's commit, so two concurrent duplicates still leave exactly one record.
 */
async function store(
  tx: Kysely<CentralSchema>,
  ctx: CentralContext,
  kiosk: KioskRow,
  fresh: Fresh,
  trackingNo: string,
  now: Date,
): Promise<SubmitOutcome | undefined> {
  const { request, service } = fresh;
  let decision = await decideFor(tx, ctx, fresh, now);
  const receivedAt = now.toISOString();
  const replyFor = (d: Decision | undefined): SubmissionReply => ({
    id: request.id,
    serviceId: service.id,
    status: d?.outcome ?? "accepted",
    trackingNo,
    ...(d === undefined ? {} : { reasons: d.reasons }),
    ...(d?.outcome === "approved" ? { claimCode: newClaimCode() } : {}),
    receivedAt,
  });
  let reply = replyFor(decision);
  let body = JSON.stringify(reply);
  const created = await insertSubmissionIfNew(tx, {
    kiosk_id: kiosk.id,
    id: request.id,
    service_id: service.id,
    body_hash: fresh.bodyHash,
    status: reply.status,
    tracking_no: trackingNo,
    reply_json: body,
    data_json: JSON.stringify(request.data),
    created_at: request.createdAt,
    received_at: receivedAt,
  });
  if (!created) return undefined;
  if (decision?.outcome === "approved" && decision.grantKey !== undefined) {
    const granted = await insertGrantIfNew(tx, {
      serviceId: service.id,
      subjectKey: decision.grantKey,
      kioskId: kiosk.id,
      submissionId: request.id,
      grantedAt: receivedAt,
    });
    if (!granted) {
      // Granted meanwhile (another kiosk, same moment): the stored reply becomes a rejection
      // before anyone can see it.
      decision = { outcome: "rejected", reasons: [ALREADY_GRANTED], ruleSet: decision.ruleSet };
      reply = replyFor(decision);
      body = JSON.stringify(reply);
      await updateSubmissionOutcome(tx, {
        kioskId: kiosk.id,
        id: request.id,
        status: reply.status,
        replyJson: body,
      });
    }
  }
  if (decision !== undefined) {
    await insertDecision(tx, {
      kioskId: kiosk.id,
      submissionId: request.id,
      ruleSet: decision.ruleSet,
      outcome: decision.outcome,
      reasonsJson: JSON.stringify(decision.reasons),
      decidedAt: receivedAt,
    });
    ctx.metrics.decisions.inc({ outcome: decision.outcome });
  }
  ctx.metrics.submissions.inc({ result: "created" });
  ctx.log.info(
    { kioskId: kiosk.id, submissionId: request.id, serviceId: service.id, status: reply.status, trackingNo },
    "submission stored",
  );
  return { status: 201, body, replayed: false, reply };
}

/** The 秒批 decision for services that have one; undefined for plain "accepted" services. */
async function decideFor(
  tx: Kysely<CentralSchema>,
  ctx: CentralContext,
  { request, service }: Fresh,
  now: Date,
): Promise<Decision | undefined> {
  if (service.approvalRule === undefined) return undefined;
  const ruleSet = ruleSetById(service.approvalRule);
  if (ruleSet === undefined) {
    return {
      outcome: "pending",
      reasons: [{ code: "manual_review", zh: "已受理，转人工审核", en: "accepted for review by a person" }],
      ruleSet: `${service.approvalRule}@missing`,
    };
  }
  return decide(ruleSet, request, {
    now,
    reference: ctx.reference,
    hasGrant: (serviceId, subjectKey) => hasGrant(tx, serviceId, subjectKey),
  });
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
  return {
    status: 200,
    body: row.reply_json,
    replayed: true,
    reply: JSON.parse(row.reply_json) as SubmissionReply,
  };
}
