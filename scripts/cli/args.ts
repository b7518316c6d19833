import { type ParseArgsConfig, parseArgs } from "node:util";
import * as z from "zod";

/** What a command gets back from `parseCommandArgs`: its parsed arguments, or the exit code to end with. */
export type Parsed<T> = { ok: true; values: T; positionals: string[] } | { ok: false; exitCode: number };

type Options = NonNullable<ParseArgsConfig["options"]>;

/** How one command parses its arguments. */
export interface CommandSpec<T> {
  /** The name in messages, e.g. "diag idcard". */
  name: string;
  usage: string;
  options: Options;
  /** Validates the parsed flags (zod), throwing on a bad value. */
  check: (values: Record<string, unknown>, positionals: string[]) => T;
  allowPositionals?: boolean;
  /**
   * Exit code for a usage error: 2 by default; 1 where a command documented 1 before and uses 2
   * for something else (`diag idcard`: no card; `diag printer`: printer silent).
   */
  usageExitCode?: number;
}

/**
 * Parses a command's arguments the one way every script does: `--help`/`-h` prints the usage on
 * stdout and ends with 0; an unknown flag or a bad value prints `<name>: <problem>` and the usage
 * on stderr and ends with the usage exit code.
 *
 * Why here: scripts others drive from shell scripts must answer --help and fail in words, never
 * with a Node stack trace.
 */
export function parseCommandArgs<T>(spec: CommandSpec<T>, argv: string[]): Parsed<T> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...spec.options, help: { type: "boolean", short: "h" } },
      allowPositionals: spec.allowPositionals ?? false,
      strict: true,
    });
    if (values.help === true) {
      process.stdout.write(withNewline(spec.usage));
      return { ok: false, exitCode: 0 };
    }
    const rest: Record<string, unknown> = { ...values };
    delete rest.help;
    return { ok: true, values: spec.check(rest, positionals), positionals };
  } catch (error) {
    process.stderr.write(`${spec.name}: ${plainError(error)}\n${withNewline(spec.usage)}`);
    return { ok: false, exitCode: spec.usageExitCode ?? 2 };
  }
}

const withNewline = (text: string): string => (text.endsWith("\n") ? text : `${text}\n`);

/**
 * One line for a thrown error. A zod error becomes "--flag: problem" per issue instead of its
 * JSON dump; anything else keeps its message.
 */
export function plainError(error: unknown): string {
  if (error instanceof z.ZodError) {
    return (
      error.issues
        // A message that already names its flag ("--port PATH is required") is kept as it is.
        .map((i) =>
          i.path.length === 0 || i.message.startsWith("--")
            ? i.message
            : `--${i.path.map(String).join(".")}: ${i.message}`,
        )
        .join("; ")
    );
  }
  return error instanceof Error ? error.message : String(error);
}
