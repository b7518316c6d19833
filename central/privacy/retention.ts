import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { pruneHeartbeatHistory } from "../db/queries/heartbeats";
import { pruneRateLimits } from "../db/queries/rate-limits";
import type { CentralSchema } from "../db/schema";

/** How long each kind of record is kept, in days (CENTRAL_*_RETENTION_DAYS). */
export interface RetentionPolicy {
  /** A submission's data (identity, answers, photos) once decided (approved or rejected); default 180. */
  settledDays: number;
  /** A submission's data while still open (accepted, pending): nobody may hold it forever; default 365. */
  openDays: number;
  /** Heartbeat history: state changes and chart buckets (the latest state per kiosk is kept regardless); default 30. */
  heartbeatDays: number;
  /** Audit trail of manager and access events, query audit rows, alerts and done requests to kiosks; default 365. */
  auditDays: number;
}

export const defaultRetention: RetentionPolicy = {
  settledDays: 180,
  openDays: 365,
  heartbeatDays: 30,
  auditDays: 365,
};

/** How often the purge job runs (it also runs at start). */
export const PURGE_INTERVAL_MS = 60 * 60_000;

export interface PurgeCounts {
  submissions: number;
  /** Kiosks' state changes. */
  heartbeats: number;
  /** 5-minute chart buckets. */
  buckets: number;
  /** Rows of the audit trail, the query audit, alerts and fleet managers' requests done. */
  audit: number;
  /** Rate-limit counters whose window has ended. */
  rateLimits: number;
}

const daysBefore = (now: Date, days: number): string =>
  new Date(now.getTime() - days * 86_400_000).toISOString();

/**
 * Purges what has outlived its retention at `now`.
 *
 * A submission's personal data is emptied, but its row stays: (kiosk, id), the keyed body hash and
 * the sealed reply are what keep deduplication permanent (central/README.md, "Invariants worth
 * knowing"), so a kiosk coming back after months with the same item still gets its original reply,
 * and the tracking number still answers "how far is it". Those hold nothing about the resident
 * that can be read.
 */
export async function purgeExpired(
  db: Kysely<CentralSchema>,
  policy: RetentionPolicy,
  now: Date,
): Promise<PurgeCounts> {
  const at = now.toISOString();
  const submissions = await db
    .updateTable("submissions")
    .set({ data_sealed: "", purged_at: at })
    .where("purged_at", "is", null)
    .where((eb) =>
      eb.or([
        eb.and([
          eb("status", "in", ["approved", "rejected"]),
          eb("received_at", "<", daysBefore(now, policy.settledDays)),
        ]),
        eb.and([
          eb("status", "not in", ["approved", "rejected"]),
          eb("received_at", "<", daysBefore(now, policy.openDays)),
        ]),
      ]),
    )
    .executeTakeFirst();
  // Pruned by time: a chart never reaches further back than the retention, so neither does history.
  const history = await pruneHeartbeatHistory(db, daysBefore(now, policy.heartbeatDays));
  const auditBefore = daysBefore(now, policy.auditDays);
  let audit = 0;
  for (const table of ["audit", "query_audit", "alerts"] as const) {
    const deleted = await db.deleteFrom(table).where("at", "<", auditBefore).executeTakeFirst();
    audit += Number(deleted.numDeletedRows);
  }
  // A done request is history like the audit trail; one still waiting stays until its kiosk answers.
  const requests = await db
    .deleteFrom("kiosk_requests")
    .where("done_at", "<", auditBefore)
    .executeTakeFirst();
  audit += Number(requests.numDeletedRows);
  const rateLimits = await pruneRateLimits(db, at);
  return {
    submissions: Number(submissions.numUpdatedRows),
    heartbeats: history.changes,
    buckets: history.buckets,
    audit,
    rateLimits,
  };
}

/** Runs the purge now and then every `intervalMs`; returns how to stop it and how to run it at once. */
export function startPurgeJob(options: {
  db: Kysely<CentralSchema>;
  policy: RetentionPolicy;
  now: () => Date;
  log: Logger;
  intervalMs?: number;
}): { runNow: () => Promise<PurgeCounts>; stop: () => void } {
  const runNow = async (): Promise<PurgeCounts> => {
    const counts = await purgeExpired(options.db, options.policy, options.now());
    if (counts.submissions + counts.heartbeats + counts.buckets + counts.audit + counts.rateLimits > 0)
      options.log.info({ purged: counts }, "retention purge");
    return counts;
  };
  const timer = setInterval(() => {
    runNow().catch((error: unknown) => options.log.warn({ err: error }, "retention purge failed"));
  }, options.intervalMs ?? PURGE_INTERVAL_MS);
  timer.unref();
  return { runNow, stop: () => clearInterval(timer) };
}
