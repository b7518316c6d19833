import { openCentralDb } from "../../central/db/connect";
import { DEFAULT_CENTRAL_DB } from "../../central/env";
import { fleetKiosks } from "../../central/fleet/kiosk-health";

/** Lists enrolled kiosks with their latest health, one per line (`--json` for the raw list). */
export async function run(argv: string[]): Promise<number> {
  const db = await openCentralDb(process.env.CENTRAL_DB ?? DEFAULT_CENTRAL_DB, { poolSize: 1 });
  try {
    const kiosks = await fleetKiosks(db.db, new Date());
    if (argv.includes("--json")) {
      process.stdout.write(`${JSON.stringify(kiosks, null, 2)}\n`);
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
