import type { Kysely } from "kysely";
import type { CentralSchema, ConfigVersionRow } from "../schema";

export async function insertConfigVersion(db: Kysely<CentralSchema>, row: ConfigVersionRow): Promise<void> {
  await db.insertInto("config_versions").values(row).execute();
}

/** The newest config meant for a kiosk at `site` (site-specific or fleet-wide). */
export async function latestConfigFor(
  db: Kysely<CentralSchema>,
  site: string | null,
): Promise<ConfigVersionRow | undefined> {
  return db
    .selectFrom("config_versions")
    .selectAll()
    .where((eb) =>
      site === null ? eb("site", "is", null) : eb.or([eb("site", "is", null), eb("site", "=", site)]),
    )
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
}
