import * as z from "zod";
import { openCentralDb } from "../../central/db/connect";
import { DEFAULT_CENTRAL_DB } from "../../central/env";
import { fleetKiosksPage } from "../../central/fleet/kiosk-health";
import type { FleetKiosk } from "../../central/fleet/schemas";
import { FleetKiosksQuery } from "../../central/fleet/schemas";
import { parseCommandArgs } from "../cli/args";

const Flags = FleetKiosksQuery.pick({ site: true, district: true, status: true, version: true }).extend({
  json: z.boolean().optional(),
});

const USAGE = `usage: npm run --silent fleet -- kiosks [--json] [--site SITE] [--district DISTRICT]
         [--status online|offline|never|attention] [--version APP_VERSION]
Lists enrolled kiosks with their latest heartbeat, one per line: online or OFFLINE, id, name, site,
last heard from, reader state, printer state/paper, outbox depth ("?" before a first heartbeat),
and REVOKED=TIME for a revoked kiosk.
--json prints the list as JSON ([] when there are none). Uses CENTRAL_DB.
`;

export const summary = "lists enrolled kiosks with their latest health";

function line(k: FleetKiosk): string {
  const printer = k.health?.devices.printer;
  return (
    `${k.online ? "online " : "OFFLINE"}  ${k.id}  ${k.name}  site=${k.site ?? "-"}  last=${k.lastSeen ?? "never"}` +
    `  reader=${k.health?.devices.reader.state ?? "?"}  printer=${printer?.state ?? "?"}/${printer?.paper ?? "?"}` +
    `  outbox=${k.health?.outboxDepth ?? "?"}${k.revokedAt === null ? "" : `  REVOKED=${k.revokedAt}`}\n`
  );
}

/**
 * Lists enrolled kiosks with their latest health, one per line (`--json` for the raw list),
 * optionally filtered. Reads page by page, so 20,000 kiosks never sit in memory twice over; the
 * lines stream out as each page comes.
 */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    {
      name: "kiosks",
      usage: USAGE,
      options: {
        json: { type: "boolean" },
        site: { type: "string" },
        district: { type: "string" },
        status: { type: "string" },
        version: { type: "string" },
      },
      check: (v) => Flags.parse(v),
    },
    argv,
  );
  if (!parsed.ok) return parsed.exitCode;
  const { json, ...filters } = parsed.values;
  const asJson = json === true;
  const target = process.env.CENTRAL_DB ?? DEFAULT_CENTRAL_DB;
  const db = await openCentralDb(target, { poolSize: 1 });
  try {
    const now = new Date();
    let after: string | undefined;
    let first = true;
    if (asJson) process.stdout.write("[");
    for (;;) {
      const page = await fleetKiosksPage(db.db, now, { ...filters, limit: 1000, after });
      for (const k of page.kiosks) {
        if (asJson) process.stdout.write(`${first ? "\n" : ",\n"}${JSON.stringify(k)}`);
        else process.stdout.write(line(k));
        first = false;
      }
      if (page.next === null) break;
      after = page.next;
    }
    if (asJson) process.stdout.write(first ? "]\n" : "\n]\n");
    else if (first) {
      // A URL may carry a password: name the database without it.
      const where = db.file ?? target.replace(/\/\/[^@/]*@/, "//");
      const filtered = Object.keys(filters).length > 0;
      process.stdout.write(
        filtered
          ? `no kiosks match these filters in ${where}\n`
          : `no kiosks enrolled in ${where} (a new kiosk enrolls with a code from: npm run --silent fleet -- enrollment-code)\n`,
      );
    }
    return 0;
  } finally {
    await db.close();
  }
}
