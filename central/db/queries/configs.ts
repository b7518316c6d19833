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

/** Recent revisions of the given layers, newest first (enough to find each layer's released one). */
export async function revisionsOfLayers(
  db: Kysely<CentralSchema>,
  layers: readonly string[],
  limit = 200,
): Promise<ConfigVersionRow[]> {
  return db
    .selectFrom("config_versions")
    .selectAll()
    .where("layer", "in", layers)
    .orderBy("version", "desc")
    .limit(limit)
    .execute();
}

/** The newest revision of one layer below `belowVersion` that no rollout holds back. */
export async function revisionBefore(
  db: Kysely<CentralSchema>,
  layer: string,
  belowVersion: number,
): Promise<ConfigVersionRow | undefined> {
  return db
    .selectFrom("config_versions")
    .selectAll()
    .where("layer", "=", layer)
    .where("version", "<", belowVersion)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Layers with their newest revision, a page at a time by layer name. */
export async function latestOfEachLayer(db: Kysely<CentralSchema>, limit: number, after: string | undefined) {
  let q = db
    .selectFrom("config_versions")
    .select(["layer", (eb) => eb.fn.max("version").as("version")])
    .where("layer", "is not", null)
    .groupBy("layer")
    .orderBy("layer")
    .limit(limit);
  if (after !== undefined) q = q.where("layer", ">", after);
  return q.execute();
}

export async function configVersion(db: Kysely<CentralSchema>, version: number) {
  return db.selectFrom("config_versions").selectAll().where("version", "=", version).executeTakeFirst();
}
