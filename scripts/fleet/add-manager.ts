import { parseArgs } from "node:util";
import * as z from "zod";
import { openCentralDb } from "../../central/db/connect";
import { DEFAULT_CENTRAL_DB } from "../../central/env";
import { HttpError } from "../../central/http/errors";
import { createManager } from "../../central/managers/accounts";
import { Role } from "../../central/managers/roles";

const Flags = z.object({ username: z.string().min(1), role: Role.default("admin") });

const USAGE =
  "usage: printf '%s\\n' \"$PASSWORD\" | npm run --silent fleet -- add-manager --username NAME [--role viewer|operator|admin]\n" +
  "  The password is read from the first line of standard input (never from the command line,\n" +
  "  where other users of the machine could read it); at least 12 characters. Default role: admin.\n";

export const summary = "creates a manager account for the console (password from stdin)";

async function firstLineOfStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("password: ");
  let text = "";
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes("\n")) break;
  }
  return text.split(/\r?\n/)[0] ?? "";
}

/**
 * Creates a manager account in CENTRAL_DB directly (the first admin comes from here; later ones
 * from an admin's console), audited as "fleet-script". Prints the new manager's id.
 */
export async function run(argv: string[]): Promise<number> {
  let flags: z.infer<typeof Flags>;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        username: { type: "string" },
        role: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
    });
    if (values.help === true) {
      process.stdout.write(USAGE);
      return 0;
    }
    flags = Flags.parse(values);
  } catch (error) {
    const message =
      error instanceof z.ZodError
        ? error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; ")
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`add-manager: ${message}\n${USAGE}`);
    return 2;
  }
  const password = await firstLineOfStdin();
  const db = await openCentralDb(process.env.CENTRAL_DB ?? DEFAULT_CENTRAL_DB, { poolSize: 1 });
  try {
    const created = await createManager(
      db.db,
      { username: flags.username, password, role: flags.role },
      "fleet-script",
      new Date(),
    );
    process.stdout.write(`${created.id}\n`);
    return 0;
  } catch (error) {
    if (error instanceof HttpError) {
      process.stderr.write(`add-manager: ${error.reason.en}\n`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}
