import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import * as z from "zod";
import { openCentralDb } from "../../central/db/connect";
import { DEFAULT_CENTRAL_DB } from "../../central/env";
import { publishConfig } from "../../central/fleet/publish-config";
import { HttpError } from "../../central/http/errors";

const Flags = z.object({
  file: z.string().min(1),
  site: z.string().min(1).max(64).optional(),
  "expires-days": z.coerce.number().int().min(1).max(3650).optional(),
});

const USAGE =
  "usage: npm run --silent fleet -- publish-config --file CONFIG.json [--site SITE] [--expires-days N]\n";

/**
 * Publishes a fleet config layer from a JSON file and prints the new version. The service signs
 * it for each kiosk when the kiosk fetches `GET /v1/config`.
 */
export async function run(argv: string[]): Promise<number> {
  let flags: z.infer<typeof Flags>;
  let config: Record<string, unknown>;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { file: { type: "string" }, site: { type: "string" }, "expires-days": { type: "string" } },
      strict: true,
    });
    flags = Flags.parse(values);
    config = z.record(z.string(), z.unknown()).parse(JSON.parse(readFileSync(flags.file, "utf8")));
  } catch (error) {
    process.stderr.write(
      `publish-config: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`,
    );
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
