import { parseArgs } from "node:util";
import { openCentralDb } from "../../central/db/connect";
import { DEFAULT_CENTRAL_DB } from "../../central/env";
import { HttpError } from "../../central/http/errors";
import { KioskRequestKind } from "../../central/protocol";
import { askKiosk } from "../../central/requests/ask";

const USAGE =
  "usage: npm run --silent fleet -- request KIOSK_ID <support-packet|token-rotation>\n" +
  "Asks the kiosk to send a support packet or rotate its token at its next heartbeat.\n" +
  "Prints the request as JSON ({request, created}); asking again while one waits prints that one\n" +
  'with "created": false. Works on CENTRAL_DB directly (audited as fleet-script).\n';

export const summary = "asks one kiosk for a support packet or a token rotation at its next heartbeat";

/** Adds a pending request in CENTRAL_DB (the running service's kiosks see it within 1 s). */
export async function run(argv: string[]): Promise<number> {
  let kioskId: string;
  let kind: KioskRequestKind;
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
    const [id, what, extra] = positionals;
    if (id === undefined || id.trim() === "" || what === undefined || extra !== undefined) {
      throw new Error("give a KIOSK_ID and what to ask for");
    }
    const parsed = KioskRequestKind.safeParse(what);
    if (!parsed.success) throw new Error(`cannot ask for "${what}"`);
    kioskId = id.trim();
    kind = parsed.data;
  } catch (error) {
    process.stderr.write(`request: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const db = await openCentralDb(process.env.CENTRAL_DB ?? DEFAULT_CENTRAL_DB, { poolSize: 1 });
  try {
    const result = await askKiosk(db.db, kioskId, kind, "fleet-script", new Date());
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof HttpError) {
      const hint = error.status === 404 ? " (see: npm run --silent fleet -- kiosks)" : "";
      process.stderr.write(`request: ${error.reason.en} "${kioskId}"${hint}\n`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}
