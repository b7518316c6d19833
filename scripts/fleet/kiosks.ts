import { parseArgs } from "node:util";
import * as z from "zod";
import { openCentralDb } from "../../central/db/connect";
import { DEFAULT_CENTRAL_DB } from "../../central/env";
import { fleetKiosksPage } from "../../central/fleet/kiosk-health";
import { FleetKiosksQuery } from "../../central/fleet/schemas";
import type { FleetKiosk } from "../../central/fleet/schemas";

const Flags = FleetKiosksQuery.pick({ site: true, district: true, status: true, version: true });

const USAGE =
  "usage: npm run --silent fleet -- kiosks [--json] [--site SITE] [--district DISTRICT]\n" +
  "         [--status online|offline|never|attention] [--version APP_VERSION]\n";

function line(k: FleetKiosk): string {
  const printer = k.health?.devices.printer;
  return (
    `${k.online ? "online " : "OFFLINE"}  ${k.id}  ${k.name}  site=${k.site ?? "-"}  last=${k.lastSeen ?? "never"}` +
    `  reader=${k.health?.devices.reader.state ?? "?"}  printer=${printer?.state ?? "?"}/${printer?.paper ?? "?"}` +
    `  outbox=${k.health?.outboxDepth ?? "?"}\n`
  );
}

/**
 * Lists enrolled kiosks with their latest health, one per line (`--json` for the raw list),
 * optionally filtered. Reads page by page, so 20,000 kiosks never sit in memory twice over; the
 * lines stream out as each page comes.
 */
export async function run(argv: string[]): Promise<number> {
  let flags: z.infer<typeof Flags>;
  let asJson: boolean;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        json: { type: "boolean" },
        site: { type: "string" },
        district: { type: "string" },
        status: { type: "string" },
        version: { type: "string" },
      },
      strict: true,
    });
    asJson = values.json === true;
    flags = Flags.parse(values);
  } catch (error) {
    const message = error instanceof z.ZodError ? z.prettifyError(error) : String(error);
    process.stderr.write(`kiosks: ${message}\n${USAGE}`);
    return 2;
  }
  const db = await openCentralDb(process.env.CENTRAL_DB ?? DEFAULT_CENTRAL_DB, { poolSize: 1 });
  try {
    const now = new Date();
    let after: string | undefined;
    let first = true;
    if (asJson) process.stdout.write("[");
    for (;;) {
      const page = await fleetKiosksPage(db.db, now, { ...flags, limit: 1000, after });
      for (const k of page.kiosks) {
        if (asJson) process.stdout.write(`${first ? "\n" : ",\n"}${JSON.stringify(k)}`);
        else process.stdout.write(line(k));
        first = false;
      }
      if (page.next === null) break;
      after = page.next;
    }
    if (asJson) process.stdout.write(first ? "]\n" : "\n]\n");
    return 0;
  } finally {
    await db.close();
  }
}
