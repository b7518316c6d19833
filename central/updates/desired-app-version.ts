import type { Kysely } from "kysely";
import type { CentralSchema, KioskRow } from "../db/schema";
import { compareVersions } from "../protocol";
import type { AppVersion, ReleaseChannel } from "../protocol";
import { rolloutAppVersionFor } from "../rollouts/desired-app";
import { publishedVersionsOf } from "./releases";

/**
 * The app version one kiosk should run on a channel: the one place the service decides it, so the
 * update feed and its files answer every kiosk through here.
 *
 * A version some app rollout carries (central/rollouts/) goes only where that rollout has reached:
 * the newest rollout that holds this kiosk decides, if its version is published on the channel.
 * Otherwise the kiosk gets the highest version published on the channel that no rollout carries —
 * a version still in its pilot, paused, or rolled back never reaches a kiosk outside it.
 */
export async function desiredAppVersion(
  db: Kysely<CentralSchema>,
  kiosk: Pick<KioskRow, "id" | "site" | "district">,
  channel: ReleaseChannel,
): Promise<AppVersion | undefined> {
  const published = await publishedVersionsOf(db, channel);
  const fromRollout = await rolloutAppVersionFor(db, kiosk);
  if (fromRollout !== undefined && published.includes(fromRollout)) return fromRollout;
  const underRollout = new Set(
    (await db.selectFrom("rollouts").select("app_version").where("kind", "=", "app").execute()).map(
      (r) => r.app_version,
    ),
  );
  return published
    .filter((v) => !underRollout.has(v))
    .sort(compareVersions)
    .at(-1);
}
