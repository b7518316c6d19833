import { readFileSync } from "node:fs";
import * as z from "zod";
import { openCentralDb } from "../../central/db/connect";
import { DEFAULT_CENTRAL_DB } from "../../central/env";
import { publishConfig } from "../../central/fleet/publish-config";
import { HttpError } from "../../central/http/errors";
import { parseCommandArgs, plainError } from "../cli/args";

const Flags = z.object({
  file: z.string({ error: "is required: the config layer, a JSON file" }).min(1),
  site: z.string().min(1).max(64).optional(),
  "expires-days": z.coerce.number().int().min(1).max(3650).optional(),
});

const USAGE = `usage: npm run --silent fleet -- publish-config --file CONFIG.json [--site SITE] [--expires-days N]
Publishes a config layer (a JSON object of kiosk settings, checked against the kiosk's config
schema) for the whole fleet, or for one --site; prints the new version. Kiosks fetch it at their
next sync and apply it between residents' sessions, if they trust the central's key
(fleet export-config-key). Bundles expire after --expires-days. Uses CENTRAL_DB.
`;

export const summary = "publishes a config layer from a JSON file, for the fleet or one site";

/**
 * Publishes a fleet config layer from a JSON file and prints the new version. The service signs
 * it for each kiosk when the kiosk fetches `GET /v1/config`.
 */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    {
      name: "publish-config",
      usage: USAGE,
      options: { file: { type: "string" }, site: { type: "string" }, "expires-days": { type: "string" } },
      check: (v) => Flags.parse(v),
    },
    argv,
  );
  if (!parsed.ok) return parsed.exitCode;
  const flags = parsed.values;
  let config: Record<string, unknown>;
  try {
    config = z
      .record(z.string(), z.unknown(), { error: "must hold a JSON object of settings" })
      .parse(JSON.parse(readFileSync(flags.file, "utf8")));
  } catch (error) {
    process.stderr.write(`publish-config: ${flags.file}: ${plainError(error)}\n`);
    return 2;
  }
  const db = await openCentralDb(process.env.CENTRAL_DB ?? DEFAULT_CENTRAL_DB, { poolSize: 1 });
  try {
    const published = await publishConfig(
      db.db,
      { config, site: flags.site, expiresInDays: flags["expires-days"] },
      "fleet-cli",
    );
    process.stdout.write(`${published.version}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    process.stderr.write(`publish-config: ${error.reason.en}\n`);
    return 1;
  } finally {
    await db.close();
  }
}
