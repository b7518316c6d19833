import * as z from "zod";
import { openCentralDb } from "../../central/db/connect";
import { DEFAULT_CENTRAL_DB } from "../../central/env";
import { fleetKiosks } from "../../central/fleet/kiosk-health";
import { parseCommandArgs } from "../cli/args";

const USAGE = `usage: npm run --silent fleet -- kiosks [--json]
Lists enrolled kiosks with their latest heartbeat, one per line: online or OFFLINE, id, name, site,
last heard from, reader state, printer state/paper, outbox depth ("?" before a first heartbeat).
--json prints the list as JSON ([] when there are none). Uses CENTRAL_DB.
`;

export const summary = "lists enrolled kiosks with their latest health";

/** Lists enrolled kiosks with their latest health, one per line (`--json` for the raw list). */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    {
      name: "kiosks",
      usage: USAGE,
      options: { json: { type: "boolean" } },
      check: (v) => z.object({ json: z.boolean().optional() }).parse(v),
    },
    argv,
  );
  if (!parsed.ok) return parsed.exitCode;
  const target = process.env.CENTRAL_DB ?? DEFAULT_CENTRAL_DB;
  const db = await openCentralDb(target, { poolSize: 1 });
  try {
    const kiosks = await fleetKiosks(db.db, new Date());
    if (parsed.values.json === true) {
      process.stdout.write(`${JSON.stringify(kiosks, null, 2)}\n`);
      return 0;
    }
    if (kiosks.length === 0) {
      // A URL may carry a password: name the database without it.
      const where = db.file ?? target.replace(/\/\/[^@/]*@/, "//");
      process.stdout.write(
        `no kiosks enrolled in ${where} (a new kiosk enrolls with a code from: npm run --silent fleet -- enrollment-code)\n`,
      );
      return 0;
    }
    for (const k of kiosks) {
      const printer = k.health?.devices.printer;
      process.stdout.write(
        `${k.online ? "online " : "OFFLINE"}  ${k.id}  ${k.name}  site=${k.site ?? "-"}  last=${k.lastSeen ?? "never"}` +
          `  reader=${k.health?.devices.reader.state ?? "?"}  printer=${printer?.state ?? "?"}/${printer?.paper ?? "?"}` +
          `  outbox=${k.health?.outboxDepth ?? "?"}\n`,
      );
    }
    return 0;
  } finally {
    await db.close();
  }
}
