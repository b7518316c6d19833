import * as z from "zod";
import { openCentralDb } from "../../central/db/connect";
import { createEnrollmentCode } from "../../central/domain/enrollment";
import { DEFAULT_CENTRAL_DB } from "../../central/env";
import { parseCommandArgs } from "../cli/args";

const Flags = z.object({
  site: z.string().min(1).max(64).optional(),
  "ttl-hours": z.coerce.number().int().min(1).max(720).optional(),
});

const USAGE = `usage: npm run --silent fleet -- enrollment-code [--site SITE] [--ttl-hours N]
Prints a one-time code (alone on stdout) for a kiosk's KIOSK_ENROLLMENT_CODE. --site puts the kiosk
in that site's config layer; the code expires after --ttl-hours (default 24). Uses CENTRAL_DB.
`;

export const summary = "a one-time code a new kiosk enrolls with (KIOSK_ENROLLMENT_CODE)";

/**
 * Prints a new one-time enrollment code, alone on stdout (so `$(npm run --silent fleet --
 * enrollment-code)` captures it). Writes to CENTRAL_DB directly: works with the service down.
 */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    {
      name: "enrollment-code",
      usage: USAGE,
      options: { site: { type: "string" }, "ttl-hours": { type: "string" } },
      check: (v) => Flags.parse(v),
    },
    argv,
  );
  if (!parsed.ok) return parsed.exitCode;
  const flags = parsed.values;
  const db = await openCentralDb(process.env.CENTRAL_DB ?? DEFAULT_CENTRAL_DB, { poolSize: 1 });
  try {
    const { code } = await createEnrollmentCode(db.db, { site: flags.site, ttlHours: flags["ttl-hours"] });
    process.stdout.write(`${code}\n`);
    return 0;
  } finally {
    await db.close();
  }
}
