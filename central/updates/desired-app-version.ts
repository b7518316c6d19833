import type { Kysely } from "kysely";
import type { CentralSchema, KioskRow } from "../db/schema";
import type { AppVersion, ReleaseChannel } from "../protocol";
import { latestVersionOf } from "./releases";

/**
 * The app version one kiosk should run on a channel: the one place the service decides it, so the
 * update feed and its files answer every kiosk through here.
 *
 * Today: the highest version published on the channel, for every kiosk alike. Rollouts (a share
 * of the fleet first, then the rest) plug in here and may answer differently per kiosk.
 */
export async function desiredAppVersion(
  db: Kysely<CentralSchema>,
  _kiosk: Pick<KioskRow, "id" | "site">,
  channel: ReleaseChannel,
): Promise<AppVersion | undefined> {
  return latestVersionOf(db, channel);
}
