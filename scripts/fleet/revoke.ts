import { parseArgs } from "node:util";
import { revoke } from "../../central/access/revoke";
import { openCentralDb } from "../../central/db/connect";
import { DEFAULT_CENTRAL_DB } from "../../central/env";

const USAGE =
  "usage: npm run --silent fleet -- revoke KIOSK_ID\n" +
  "Ends the kiosk's access: within 2 s its token answers 401 on every central process.\n" +
  "Prints the revocation time; revoking again keeps the first time. Uses CENTRAL_DB.\n";

export const summary = "ends one kiosk's access to the central service";

/** Revokes one kiosk in CENTRAL_DB directly (works with the service down or running). */
export async function run(argv: string[]): Promise<number> {
  let kioskId: string;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help === true) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (positionals.length !== 1 || positionals[0] === undefined || positionals[0].trim() === "") {
      throw new Error(positionals.length === 0 ? "a KIOSK_ID is needed" : "give exactly one KIOSK_ID");
    }
    kioskId = positionals[0].trim();
  } catch (error) {
    process.stderr.write(`revoke: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const db = await openCentralDb(process.env.CENTRAL_DB ?? DEFAULT_CENTRAL_DB, { poolSize: 1 });
  try {
    const revokedAt = await revoke(db.db, kioskId, "fleet-cli");
    if (revokedAt === undefined) {
      process.stderr.write(`revoke: no kiosk "${kioskId}" (see: npm run --silent fleet -- kiosks)\n`);
      return 1;
    }
    process.stdout.write(`${revokedAt}\n`);
    return 0;
  } finally {
    await db.close();
  }
}
