import type { Kysely } from "kysely";
import type { Logger } from "pino";
import { fleetGauges, submissionsSince, upsertBucket } from "../db/queries/fleet-buckets";
import type { CentralSchema } from "../db/schema";
import { BUCKET_MS, bucketOf } from "./device-state";

/** How often each central process samples the fleet into the current bucket. */
export const SAMPLE_INTERVAL_MS = 60_000;

/**
 * Samples the fleet into the current 5-minute bucket: the gauges (online, attention, paper) from
 * the latest states, and the submissions received in this bucket and the one before (so the one
 * before gets its final count once it has closed). Every process may run it; values are set,
 * not added, so two processes sampling agree instead of doubling.
 */
export async function sampleFleet(db: Kysely<CentralSchema>, now: Date): Promise<void> {
  const at = now.toISOString();
  const current = bucketOf(at);
  const previous = new Date(Date.parse(current) - BUCKET_MS).toISOString();
  const counts = new Map([current, previous].map((b) => [b, { submissions: 0, approved: 0, rejected: 0 }]));
  for (const s of await submissionsSince(db, previous)) {
    const c = counts.get(bucketOf(s.received_at));
    if (c === undefined) continue;
    c.submissions += 1;
    if (s.status === "approved") c.approved += 1;
    if (s.status === "rejected") c.rejected += 1;
  }
  await upsertBucket(db, previous, counts.get(previous) ?? {});
  await upsertBucket(db, current, { ...(await fleetGauges(db, at)), ...counts.get(current) });
}

/** Samples now and then every `intervalMs`; returns how to stop it and how to sample at once. */
export function startSampleJob(options: {
  db: Kysely<CentralSchema>;
  now: () => Date;
  log: Logger;
  intervalMs?: number;
}): { runNow: () => Promise<void>; stop: () => void } {
  const runNow = () => sampleFleet(options.db, options.now());
  const timer = setInterval(() => {
    runNow().catch((error: unknown) => options.log.warn({ err: error }, "fleet sample failed"));
  }, options.intervalMs ?? SAMPLE_INTERVAL_MS);
  timer.unref();
  return { runNow, stop: () => clearInterval(timer) };
}
