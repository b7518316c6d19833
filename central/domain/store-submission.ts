/** Storing fresh submissions inside the caller's transaction: plain ones in bulk, 秒批 one by one. */

import type { Kysely } from "kysely";
import type { ServiceDefinition } from "../../kiosk-config/services/index";
import { newClaimCode } from "../auth/secrets";
import type { CentralContext } from "../context";
import {
  hasGrant,
  insertDecision,
  insertGrantIfNew,
  insertSubmissionIfNew,
  insertSubmissionsIfNew,
  updateSubmissionOutcome,
} from "../db/queries/submissions";
import type { CentralSchema, KioskRow } from "../db/schema";
import type { Reason, SubmissionReply, SubmissionRequest } from "../protocol";
import { decide } from "../rules/engine";
import { ruleSetById } from "../rules/rule-sets";
import type { Decision } from "../rules/types";
import { grantSubjectOf, sealData, sealReasons, sealReply } from "../privacy/submission-fields";

/** The reply to one submission: HTTP status, the exact JSON text, and whether it was replayed. */
export interface SubmitOutcome {
  status: 200 | 201;
  body: string;
  replayed: boolean;
  reply: SubmissionReply;
}

/** A request that passed every check and is not yet stored. */
export interface Fresh {
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
 * Approvals carry a code to collect the result; reports carry one to claim the reporting reward
 * (an anonymous reporter has no other way to be found).
 */
function claimCodeFor(
  service: ServiceDefinition,
  outcome: SubmissionReply["status"],
): { claimCode?: string } {
  return outcome === "approved" || service.kind === "report" ? { claimCode: newClaimCode() } : {};
}

/** Services without 秒批 are "accepted": the whole group goes in with one multi-row insert. */
export async function storePlain(
  tx: Kysely<CentralSchema>,
  ctx: CentralContext,
  kiosk: KioskRow,
  items: readonly { fresh: Fresh; trackingNo: string }[],
  now: Date,
): Promise<Map<Fresh, SubmitOutcome | undefined>> {
  const receivedAt = now.toISOString();
  const prepared = items.map(({ fresh, trackingNo }) => {
    const reply: SubmissionReply = {
      id: fresh.request.id,
      serviceId: fresh.service.id,
      status: "accepted",
      trackingNo,
      ...claimCodeFor(fresh.service, "accepted"),
      receivedAt,
    };
    return { fresh, reply, body: JSON.stringify(reply) };
  });
  const inserted = await insertSubmissionsIfNew(
    tx,
    prepared.map(({ fresh, reply, body }) => {
      const ref = { kioskId: kiosk.id, submissionId: fresh.request.id };
      return {
        kiosk_id: kiosk.id,
        id: fresh.request.id,
        service_id: fresh.service.id,
        body_hash: fresh.bodyHash,
        status: reply.status,
        tracking_no: reply.trackingNo,
        reply_sealed: sealReply(ctx.sealer, ref, body),
        data_sealed: sealData(ctx.sealer, ref, JSON.stringify(fresh.request.data)),
        created_at: fresh.request.createdAt,
        received_at: receivedAt,
      };
    }),
  );
  const out = new Map<Fresh, SubmitOutcome | undefined>();
  for (const { fresh, reply, body } of prepared) {
    if (!inserted.has(fresh.request.id)) {
      out.set(fresh, undefined);
      continue;
    }
    ctx.metrics.submissions.inc({ result: "created" });
    ctx.log.info(
      {
        kioskId: kiosk.id,
        submissionId: reply.id,
        serviceId: reply.serviceId,
        status: reply.status,
        trackingNo: reply.trackingNo,
      },
      "submission stored",
    );
    out.set(fresh, { status: 201, body, replayed: false, reply });
  }
  return out;
}

/**
 * Decides and stores one fresh submission inside the caller's transaction; undefined when the
 * (kiosk, id) already exists.
 *
 * Why the submission is inserted before the grant: when the insert loses a race nothing else has
 * been written, so the batch's transaction needs no rollback. On PostgreSQL the losing insert
 * waits for the winner's commit, so two concurrent duplicates still leave exactly one record.
 */
export async function storeDecided(
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
    ...claimCodeFor(service, d?.outcome ?? "accepted"),
    receivedAt,
  });
  let reply = replyFor(decision);
  let body = JSON.stringify(reply);
  const ref = { kioskId: kiosk.id, submissionId: request.id };
  const created = await insertSubmissionIfNew(tx, {
    kiosk_id: kiosk.id,
    id: request.id,
    service_id: service.id,
    body_hash: fresh.bodyHash,
    status: reply.status,
    tracking_no: trackingNo,
    reply_sealed: sealReply(ctx.sealer, ref, body),
    data_sealed: sealData(ctx.sealer, ref, JSON.stringify(request.data)),
    created_at: request.createdAt,
    received_at: receivedAt,
  });
  if (!created) return undefined;
  if (decision?.outcome === "approved" && decision.grantKey !== undefined) {
    const granted = await insertGrantIfNew(tx, {
      serviceId: service.id,
      subjectKey: grantSubjectOf(ctx.sealer, service.id, decision.grantKey),
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
        replySealed: sealReply(ctx.sealer, ref, body),
      });
    }
  }
  if (decision !== undefined) {
    await insertDecision(tx, {
      kioskId: kiosk.id,
      submissionId: request.id,
      ruleSet: decision.ruleSet,
      outcome: decision.outcome,
      reasonsSealed: sealReasons(ctx.sealer, ref, JSON.stringify(decision.reasons)),
      decidedAt: receivedAt,
      // Only names of fields that were answered: the record says where a value came from.
      documentFields: (request.data.fromDocument ?? []).filter((f) => f in request.data.answers),
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
    hasGrant: (serviceId, subjectKey) =>
      hasGrant(tx, serviceId, grantSubjectOf(ctx.sealer, serviceId, subjectKey)),
  });
}
