import { parseArgs } from "node:util";
import * as z from "zod";
import { openCentralDb } from "../../central/db/connect";
import { createEnrollmentCode } from "../../central/domain/enrollment";
import { DEFAULT_CENTRAL_DB } from "../../central/env";

const Flags = z.object({
  site: z.string().min(1).max(64).optional(),
  "ttl-hours": z.coerce.number().int().min(1).max(720).optional(),
});

const USAGE = "usage: npm run --silent fleet -- enrollment-code [--site SITE] [--ttl-hours N]\n";

/**
 * Prints a new one-time enrollment code, alone on stdout (so `$(npm run --silent fleet --
 * enrollment-code)` captures it). Writes to CENTRAL_DB directly: works with the service down.
 */
export async function run(argv: string[]): Promise<number> {
  let flags: z.infer<typeof Flags>;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { site: { type: "string" }, "ttl-hours": { type: "string" } },
      strict: true,
    });
    flags = Flags.parse(values);
  } catch (error) {
    process.stderr.write(
      `enrollment-code: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`,
    );
    return 2;
  }
  const db = await openCentralDb(process.env.CENTRAL_DB ?? DEFAULT_CENTRAL_DB, { poolSize: 1 });
  try {
    const { code } = await createEnrollmentCode(db.db, { site: flags.site, ttlHours: flags["ttl-hours"] });
    process.stdout.write(`${code}\n`);
    return 0;
  } finally {
    await db.close();
  }
}
