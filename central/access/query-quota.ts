import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { hasAlertSince, insertAlert } from "../db/queries/alerts";
import { nextCounterValue } from "../db/queries/counters";
import { insertQueryAudit, recentResidents } from "../db/queries/query-audit";
import type { CentralSchema } from "../db/schema";
import type { Limit } from "./limits";

/** One query as the audit trail keeps it: the resident only hashed and masked. */
export interface QueryAttempt {
  kioskId: string;
  serviceId: string;
  residentHash: string;
  residentMasked: string;
  at: Date;
  /** What the query comes to if admitted: "answered", or "name_mismatch" when the name is wrong. */
  outcome: "answered" | "name_mismatch";
}

export type Admission =
  | { kind: "admitted"; auditId: string }
  | { kind: "limited"; retryAfterSeconds: number; residents: number; alerted: boolean };

/** The alert kind recorded when a kiosk reaches its query limit. */
export const QUERY_LIMIT_ALERT = "query-limit";

/**
 * Admits a query when the kiosk stays within `limit` distinct residents in the window ending
 * now (a resident it already asked about is free), and writes the audit row either way. Past
 * the limit, the first refusal in a window also records an alert for the fleet.
 *
 * Why a transaction that first bumps a per-kiosk counter: the upsert locks that kiosk's row
 * (PostgreSQL) or takes the write lock (SQLite) before the count is read, so two queries racing
 * through two central processes are counted one after the other and never both squeeze in.
 */
export async function admitQuery(
  db: Kysely<CentralSchema>,
  limit: Limit,
  attempt: QueryAttempt,
): Promise<Admission> {
  const at = attempt.at.toISOString();
  const since = new Date(attempt.at.getTime() - limit.windowMs).toISOString();
  const row = {
    at,
    kiosk_id: attempt.kioskId,
    service_id: attempt.serviceId,
    resident_hash: attempt.residentHash,
    resident_masked: attempt.residentMasked,
  };
  return db.transaction().execute(async (tx): Promise<Admission> => {
    await nextCounterValue(tx, `queries:${attempt.kioskId}`);
    const recent = await recentResidents(tx, attempt.kioskId, since);
    const known = recent.some((r) => r.residentHash === attempt.residentHash);
    if (known || recent.length < limit.max) {
      const auditId = randomUUID();
      await insertQueryAudit(tx, { id: auditId, ...row, outcome: attempt.outcome });
      return { kind: "admitted", auditId };
    }
    await insertQueryAudit(tx, { id: randomUUID(), ...row, outcome: "limited" });
    // A slot frees when the resident asked about least recently leaves the window.
    const freesAt = Math.min(...recent.map((r) => Date.parse(r.last))) + limit.windowMs;
    const retryAfterSeconds = Math.max(1, Math.ceil((freesAt - attempt.at.getTime()) / 1000));
    const alerted = !(await hasAlertSince(tx, QUERY_LIMIT_ALERT, attempt.kioskId, since));
    if (alerted) {
      await insertAlert(tx, {
        at,
        kind: QUERY_LIMIT_ALERT,
        kioskId: attempt.kioskId,
        detail: {
          serviceId: attempt.serviceId,
          resident: attempt.residentMasked,
          residents: recent.length,
          max: limit.max,
          windowMinutes: limit.windowMs / 60_000,
        },
      });
    }
    return { kind: "limited", retryAfterSeconds, residents: recent.length, alerted };
  });
}
