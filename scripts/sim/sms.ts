import * as z from "zod";
import { openCentralDb } from "../../central/db/connect";
import { DEFAULT_CENTRAL_DB } from "../../central/env";
import { simulatedMessages } from "../../central/sms/simulator";
import { parseCommandArgs } from "../cli/args";

const USAGE = `usage: npm run --silent sim -- sms [--limit N] [--json]
Shows the texts the SMS simulator (the central service's default provider) "sent": the reference
numbers residents asked for when the kiosk had no paper, newest first, the number masked as it is
everywhere. Reads the central database (CENTRAL_DB, default ./var/central.db, or a postgres://
URL), whether or not the central service runs. --json prints one JSON line per text:
{"id","to","text","sentAt"}. Exit codes: 0 listed (also when none), 2 usage error.`;

export const summary = "show the texts the SMS simulator sent (reference numbers when out of paper)";

const Flags = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(20),
  json: z.boolean().default(false),
});

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    {
      name: "sim sms",
      usage: USAGE,
      options: { limit: { type: "string" }, json: { type: "boolean" } },
      check: (values) => Flags.parse(values),
    },
    argv,
  );
  if (!parsed.ok) return parsed.exitCode;
  const db = await openCentralDb(process.env.CENTRAL_DB ?? DEFAULT_CENTRAL_DB, { poolSize: 1 });
  try {
    const texts = await simulatedMessages(db.db, parsed.values.limit);
    for (const t of texts) {
      const line = parsed.values.json
        ? JSON.stringify({ id: t.id, to: t.phone_masked, text: t.text, sentAt: t.sent_at })
        : `${t.sent_at}  ${t.phone_masked}  ${t.text}`;
      process.stdout.write(`${line}\n`);
    }
    if (texts.length === 0 && !parsed.values.json) process.stdout.write("no texts sent yet\n");
    return 0;
  } finally {
    await db.close();
  }
}
