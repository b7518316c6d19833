import type { Kysely } from "kysely";
import { insertAlert } from "../db/queries/alerts";
import type { CentralSchema, KioskRow } from "../db/schema";
import type { HeartbeatRequest } from "../protocol";

/** Alert kinds raised when a kiosk reports that a new app version failed its self-test. */
export const UPDATE_ALERTS = {
  "rolled-back": "app-update-rolled-back",
  failed: "app-update-failed",
} as const;

/**
 * Keeps the app versions a heartbeat reports on the kiosk's row (written only when they change),
 * and tells the fleet once when the kiosk reports an update that failed (rolled back or not).
 */
export async function recordAppVersions(
  db: Kysely<CentralSchema>,
  kiosk: Pick<KioskRow, "id" | "app_version" | "app_version_pending">,
  body: HeartbeatRequest,
  now: Date,
): Promise<void> {
  const pending = body.pendingAppVersion ?? null;
  if (kiosk.app_version !== body.appVersion || kiosk.app_version_pending !== pending) {
    await db
      .updateTable("kiosks")
      .set({ app_version: body.appVersion, app_version_pending: pending })
      .where("id", "=", kiosk.id)
      .execute();
  }
  const update = body.lastAppUpdate;
  if (update === undefined || update.outcome === "installed") return;
  const kind = UPDATE_ALERTS[update.outcome];
  // One alert per failed update: the kiosk repeats its last update in every heartbeat, and its
  // clock may differ from ours, so the alert is matched on what the kiosk said, not on time.
  const detail = JSON.stringify({
    version: update.version,
    at: update.at,
    reason: update.reason ?? null,
    running: body.appVersion,
  });
  const seen = await db
    .selectFrom("alerts")
    .select("id")
    .where("kind", "=", kind)
    .where("kiosk_id", "=", kiosk.id)
    .where("detail_json", "=", detail)
    .executeTakeFirst();
  if (seen !== undefined) return;
  await insertAlert(db, {
    at: now.toISOString(),
    kind,
    kioskId: kiosk.id,
    detail: JSON.parse(detail) as unknown,
  });
}
