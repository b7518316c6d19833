import type { Kysely } from "kysely";
import type { CentralSchema } from "../schema";

/** Open alerts of the given kinds (one per kind and kiosk). */
export async function openAlertsOf(db: Kysely<CentralSchema>, kinds: readonly string[]) {
  return db
    .selectFrom("alerts")
    .select(["id", "kind", "kiosk_id"])
    .where("kind", "in", kinds)
    .where("resolved_at", "is", null)
    .execute();
}

export async function resolveAlert(db: Kysely<CentralSchema>, id: string, at: string): Promise<boolean> {
  const r = await db
    .updateTable("alerts")
    .set({ resolved_at: at })
    .where("id", "=", id)
    .where("resolved_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Alerts, newest first, from before the cursor; open ones only with `open`. */
export async function alertsPage(
  db: Kysely<CentralSchema>,
  options: {
    limit: number;
    cursor?: { at: string; id: string } | undefined;
    open?: boolean;
    kind?: string | undefined;
    kioskId?: string | undefined;
  },
) {
  let q = db
    .selectFrom("alerts")
    .selectAll()
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(options.limit + 1);
  const c = options.cursor;
  if (c !== undefined)
    q = q.where((eb) => eb.or([eb("at", "<", c.at), eb.and([eb("at", "=", c.at), eb("id", "<", c.id)])]));
  if (options.open === true) q = q.where("resolved_at", "is", null);
  if (options.kind !== undefined) q = q.where("kind", "=", options.kind);
  if (options.kioskId !== undefined) q = q.where("kiosk_id", "=", options.kioskId);
  return q.execute();
}

/** Alerts raised since `since` that have no "raised" delivery yet. */
export async function undeliveredAlerts(db: Kysely<CentralSchema>, since: string) {
  return db
    .selectFrom("alerts as a")
    .leftJoin("alert_deliveries as d", (join) =>
      join.onRef("d.alert_id", "=", "a.id").on("d.event", "=", "raised"),
    )
    .select(["a.id"])
    .where("a.at", ">", since)
    .where("d.id", "is", null)
    .limit(1000)
    .execute();
}

export async function enqueueDelivery(
  db: Kysely<CentralSchema>,
  alertId: string,
  event: "raised" | "resolved",
  at: string,
) {
  await db
    .insertInto("alert_deliveries")
    .values({
      id: `${alertId}:${event}`,
      alert_id: alertId,
      event,
      attempts: 0,
      next_at: at,
      delivered_at: null,
      last_error: null,
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}

/** Deliveries due now, oldest first, below the attempt limit. */
export async function dueDeliveries(db: Kysely<CentralSchema>, now: string, maxAttempts: number) {
  return db
    .selectFrom("alert_deliveries as d")
    .innerJoin("alerts as a", "a.id", "d.alert_id")
    .leftJoin("kiosks as k", "k.id", "a.kiosk_id")
    .select([
      "d.id",
      "d.event",
      "d.attempts",
      "d.next_at",
      "a.id as alert_id",
      "a.at",
      "a.kind",
      "a.severity",
      "a.kiosk_id",
      "a.detail_json",
      "a.resolved_at",
      "k.name as kiosk_name",
      "k.site as kiosk_site",
      "k.district as kiosk_district",
    ])
    .where("d.delivered_at", "is", null)
    .where("d.next_at", "<=", now)
    .where("d.attempts", "<", maxAttempts)
    .orderBy("d.next_at")
    .limit(50)
    .execute();
}

/** Takes a due delivery for this process (only if nobody else took it since it was read). */
export async function claimDelivery(
  db: Kysely<CentralSchema>,
  id: string,
  seenNextAt: string,
  leaseUntil: string,
) {
  const r = await db
    .updateTable("alert_deliveries")
    .set({ next_at: leaseUntil })
    .where("id", "=", id)
    .where("next_at", "=", seenNextAt)
    .where("delivered_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function finishDelivery(
  db: Kysely<CentralSchema>,
  id: string,
  result: { deliveredAt: string | null; attempts: number; nextAt: string; error: string | null },
) {
  await db
    .updateTable("alert_deliveries")
    .set({
      delivered_at: result.deliveredAt,
      attempts: result.attempts,
      next_at: result.nextAt,
      last_error: result.error,
    })
    .where("id", "=", id)
    .execute();
}
