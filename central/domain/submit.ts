import type { Kysely } from "kysely";
import { newClaimCode, sha256Hex } from "../auth/secrets";
import { chinaDay } from "../db/clock";
import { nextCounterValue } from "../db/queries/counters";
import {
  findSubmission,
  hasGrant,
  insertDecision,
  insertGrantIfNew,
  insertSubmissionIfNew,
} from "../db/queries/submissions";
import type { CentralSchema, KioskRow, SubmissionRow } from "../db/schema";
import type { CentralContext } from "../context";
import { badRequest, describeIssues, unknownService, unprocessable } from "../http/errors";
import { canonicalJson, type Reason, SubmissionRequest, type SubmissionReply } from "../protocol";
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

/** Thrown inside the transaction when another request stored the same (kiosk, id) first. */
class LostRace extends Error {}

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

  const now = ctx.now();
  const trackingNo = `FZ${chinaDay(now)}${String(await nextCounterValue(ctx.db, `tracking:${chinaDay(now)}`)).padStart(6, "0")}`;
  const ruleSet = service.approvalRule === undefined ? undefined : ruleSetById(service.approvalRule);
  try {
    const reply = await ctx.db.transaction().execute(async (tx) => {
      let decision: Decision | undefined;
      if (ruleSet !== undefined) {
        decision = await decide(ruleSet, request, {
          now,
          reference: ctx.reference,
          hasGrant: (serviceId, subjectKey) => hasGrant(tx, serviceId, subjectKey),
        });
        decision = await recordGrant(tx, decision, {
          serviceId: service.id,
          kioskId: kiosk.id,
          submissionId: request.id,
          at: now.toISOString(),
        });
      } else if (service.approvalRule !== undefined) {
        decision = {
          outcome: "pending",
          reasons: [
            { code: "manual_review", zh: "已受理，转人工审核", en: "accepted for review by a person" },
          ],
          ruleSet: `${service.approvalRule}@missing`,
        };
      }
      const reply: SubmissionReply = {
        id: request.id,
        serviceId: service.id,
        status: decision?.outcome ?? "accepted",
        trackingNo,
        ...(decision === undefined ? {} : { reasons: decision.reasons }),
        ...(decision?.outcome === "approved" ? { claimCode: newClaimCode() } : {}),
        receivedAt: now.toISOString(),
      };
      const body = JSON.stringify(reply);
      const created = await insertSubmissionIfNew(tx, {
        kiosk_id: kiosk.id,
        id: request.id,
        service_id: service.id,
        body_hash: bodyHash,
        status: reply.status,
        tracking_no: trackingNo,
        reply_json: body,
        data_json: JSON.stringify(request.data),
        created_at: request.createdAt,
        received_at: reply.receivedAt,
      });
      if (!created) throw new LostRace();
      if (decision !== undefined) {
        await insertDecision(tx, {
          kioskId: kiosk.id,
          submissionId: request.id,
          ruleSet: decision.ruleSet,
          outcome: decision.outcome,
          reasonsJson: JSON.stringify(decision.reasons),
          decidedAt: reply.receivedAt,
        });
      }
      return { reply, body, decision };
    });
    ctx.metrics.submissions.inc({ result: "created" });
    if (reply.decision) ctx.metrics.decisions.inc({ outcome: reply.decision.outcome });
    ctx.log.info(
      {
        kioskId: kiosk.id,
        submissionId: request.id,
        serviceId: service.id,
        status: reply.reply.status,
        trackingNo,
      },
      "submission stored",
    );
    return { status: 201, body: reply.body, replayed: false, reply: reply.reply };
  } catch (error) {
    if (!(error instanceof LostRace)) throw error;
    // A concurrent duplicate committed first; our transaction rolled back (grant included).
    const winner = await findSubmission(ctx.db, kiosk.id, request.id);
    if (winner === undefined) throw error;
    return replay(ctx, winner, bodyHash);
  }
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

/** Turns an approval into a grant, or into a rejection when the subject was granted meanwhile. */
async function recordGrant(
  tx: Kysely<CentralSchema>,
  decision: Decision,
  at: { serviceId: string; kioskId: string; submissionId: string; at: string },
): Promise<Decision> {
  if (decision.outcome !== "approved" || decision.grantKey === undefined) return decision;
  const granted = await insertGrantIfNew(tx, {
    serviceId: at.serviceId,
    subjectKey: decision.grantKey,
    kioskId: at.kioskId,
    submissionId: at.submissionId,
    grantedAt: at.at,
  });
  return granted ? decision : { outcome: "rejected", reasons: [ALREADY_GRANTED], ruleSet: decision.ruleSet };
}
