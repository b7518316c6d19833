import { type ParseArgsConfig, parseArgs } from "node:util";
import * as z from "zod";

/** What a command gets back from `parseCommandArgs`: its parsed arguments, or the exit code to end with. */
export type Parsed<T> = { ok: true; values: T; positionals: string[] } | { ok: false; exitCode: number };

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses a command's arguments the one way every script does: `--help`/`-h` prints the usage on
 * stdout and ends with 0; an unknown flag or a bad value prints `<name>: <problem>` and the usage
 * on stderr and ends with 2 (a usage error, as opposed to 1 for a command that ran and failed).
 *
 * Why here: scripts others drive from shell scripts must answer --help and fail in words, never
 * with a Node stack trace.
 */
export function parseCommandArgs<T>(
  name: string,
  usage: string,
  argv: string[],
  options: Options,
  check: (values: Record<string, unknown>, positionals: string[]) => T,
  allowPositionals = false,
): Parsed<T> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals,
      strict: true,
    });
    if (values.help === true) {
      process.stdout.write(withNewline(usage));
      return { ok: false, exitCode: 0 };
    }
    const rest: Record<string, unknown> = { ...values };
    delete rest.help;
    return { ok: true, values: check(rest, positionals), positionals };
  } catch (error) {
    process.stderr.write(`${name}: ${plainError(error)}\n${withNewline(usage)}`);
    return { ok: false, exitCode: 2 };
  }
}

const withNewline = (text: string): string => (text.endsWith("\n") ? text : `${text}\n`);

/**
 * One line for a thrown error. A zod error becomes "--flag: problem" per issue instead of its
 * JSON dump; anything else keeps its message.
 */
export function plainError(error: unknown): string {
  if (error instanceof z.ZodError) {
    return error.issues
      .map((i) => (i.path.length === 0 ? i.message : `--${i.path.map(String).join(".")}: ${i.message}`))
      .join("; ");
  }
  return error instanceof Error ? error.message : String(error);
}
