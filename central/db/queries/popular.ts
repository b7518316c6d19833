import type { Kysely } from "kysely";
import type { CentralSchema } from "../schema";

/** One service's count of uses at a site. */
export interface ServiceUses {
  serviceId: string;
  uses: number;
}

/**
 * Uses per service since `since` at the kiosks of `site` (or of the one kiosk `kioskId` when it
 * belongs to no site): submissions received, plus queries answered. Both counts run on indexes
 * that lead with (kiosk_id, time) — migration 0160 — so each kiosk of the site is one range read.
 */
export async function usesAtSite(db: Kysely<CentralSchema>, where: SiteWindow): Promise<ServiceUses[]> {
  const [submitted, queried] = await Promise.all([
    submittedAtSite(db, where).execute(),
    db
      .selectFrom("query_audit")
      .select((eb) => ["service_id", eb.fn.countAll<number | string | bigint>().as("uses")])
      .where("kiosk_id", "in", siteKiosks(db, where))
      .where("at", ">=", where.since)
      .where("outcome", "=", "answered")
      .groupBy("service_id")
      .execute(),
  ]);
  const uses = new Map<string, number>();
  // PostgreSQL counts as bigint (a string through pg); SQLite as a number.
  for (const row of [...submitted, ...queried])
    uses.set(row.service_id, (uses.get(row.service_id) ?? 0) + Number(row.uses));
  return [...uses].map(([serviceId, n]) => ({ serviceId, uses: n }));
}

/** Which kiosks and since when. */
export interface SiteWindow {
  site: string | null;
  kioskId: string;
  since: string;
}

const siteKiosks = (db: Kysely<CentralSchema>, where: SiteWindow) =>
  db
    .selectFrom("kiosks")
    .select("id")
    .where((eb) => (where.site === null ? eb("id", "=", where.kioskId) : eb("site", "=", where.site)));

/** The submissions count by service (exported so a test can ask the planner how it runs). */
export const submittedAtSite = (db: Kysely<CentralSchema>, where: SiteWindow) =>
  db
    .selectFrom("submissions")
    .select((eb) => ["service_id", eb.fn.countAll<number | string | bigint>().as("uses")])
    .where("kiosk_id", "in", siteKiosks(db, where))
    .where("received_at", ">=", where.since)
    .groupBy("service_id");
