import { readFileSync } from "node:fs";
import * as z from "zod";
import { openCentralDb } from "../../central/db/connect";
import { kioskExists } from "../../central/db/queries/kiosks";
import { DEFAULT_CENTRAL_DB } from "../../central/env";
import { publishConfig } from "../../central/fleet/publish-config";
import { HttpError } from "../../central/http/errors";
import { LayerName } from "../../central/rollouts/layer-name";
import { publishLayer } from "../../central/rollouts/publish-layer";
import { parseCommandArgs, plainError } from "../cli/args";

/** A district, site or kiosk id as a layer name holds it: no colon, no leading space. */
const Place = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[^\s:][^:]*$/u, "must not contain ':' or start with a space");

const Flags = z
  .object({
    file: z.string({ error: "is required: the config layer, a JSON file" }).min(1),
    site: Place.optional(),
    district: Place.optional(),
    kiosk: Place.optional(),
    "expires-days": z.coerce.number().int().min(1).max(3650).optional(),
  })
  .refine(
    (f) => [f.site, f.district, f.kiosk].filter((v) => v !== undefined).length <= 1,
    "give at most one of --district, --site and --kiosk",
  );

const USAGE = `usage: npm run --silent fleet -- publish-config --file CONFIG.json [--district NAME | --site SITE | --kiosk ID] [--expires-days N]
Publishes a config layer (a JSON object of kiosk settings, checked against the kiosk's config
schema) for the whole fleet (the global layer), or for one --district, one --site or one --kiosk
(an id from \`fleet -- kiosks\`); prints the new version. A kiosk runs the layers that reach it
merged global → district → site → kiosk, the most specific winning. Kiosks fetch it at their next
sync and apply it between residents' sessions, if they trust the central's key
(fleet export-config-key). Bundles expire after --expires-days. Uses CENTRAL_DB.
`;

export const summary =
  "publishes a config layer from a JSON file, for the fleet, a district, a site or a kiosk";

/**
 * Publishes a fleet config layer from a JSON file and prints the new version. The service signs
 * it for each kiosk when the kiosk fetches `GET /v1/config`.
 */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    {
      name: "publish-config",
      usage: USAGE,
      options: {
        file: { type: "string" },
        site: { type: "string" },
        district: { type: "string" },
        kiosk: { type: "string" },
        "expires-days": { type: "string" },
      },
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
    const expiresInDays = flags["expires-days"];
    if (flags.district === undefined && flags.kiosk === undefined) {
      const published = await publishConfig(db.db, { config, site: flags.site, expiresInDays }, "fleet-cli");
      process.stdout.write(`${published.version}\n`);
      return 0;
    }
    if (flags.kiosk !== undefined && !(await kioskExists(db.db, flags.kiosk))) {
      process.stderr.write(`publish-config: no kiosk ${flags.kiosk} (see fleet -- kiosks)\n`);
      return 1;
    }
    const layer = LayerName.parse(
      flags.kiosk === undefined ? `district:${flags.district ?? ""}` : `kiosk:${flags.kiosk}`,
    );
    const published = await publishLayer(db.db, { layer, config, expiresInDays }, "fleet-cli", new Date());
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
