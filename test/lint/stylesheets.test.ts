import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Our stylesheets are flat: a rule's block holds declarations, and only an at-rule (@media,
 * @keyframes, @supports) holds rules. CSS forgives a missing `}` silently — with native nesting
 * the rules after it become descendants of the unclosed rule and simply stop matching, which is
 * how the document-capture page once lost its whole layout with no error from the build. This
 * test reads every stylesheet the way a browser does (comments and strings skipped) and names
 * the first rule nested where it should not be, or a brace left open.
 */
const root = resolve(import.meta.dirname, "../..");
const folders = ["renderer/src", "console/src"];

function stylesheetsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return stylesheetsUnder(path);
    return name.endsWith(".css") ? [path] : [];
  });
}

/** Blanks comments and strings (keeping line breaks) so braces inside them do not count. */
function withoutCommentsAndStrings(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g, (match) =>
    match.replace(/[^\n]/g, " "),
  );
}

/** The problems in one stylesheet, each with its line: nested rules and unbalanced braces. */
function structureProblems(text: string): string[] {
  const problems: string[] = [];
  const open: { atRule: boolean; line: number }[] = [];
  let prelude = "";
  let line = 1;
  for (const char of withoutCommentsAndStrings(text)) {
    if (char === "\n") line += 1;
    if (char === "{") {
      const parent = open.at(-1);
      const atRule = prelude.trim().startsWith("@");
      if (parent !== undefined && !parent.atRule) {
        problems.push(`line ${line}: "${prelude.trim()}" is nested in the rule opened on line ${parent.line}`);
      }
      open.push({ atRule, line });
      prelude = "";
    } else if (char === "}") {
      if (open.pop() === undefined) problems.push(`line ${line}: "}" closes nothing`);
      prelude = "";
    } else if (char === ";") {
      prelude = "";
    } else {
      prelude += char;
    }
  }
  for (const block of open) problems.push(`line ${block.line}: "{" is never closed`);
  return problems;
}

describe("stylesheets", () => {
  it("finds a rule left open (the check can fail)", () => {
    const broken = ".a {\n  color: red;\n.b {\n  color: blue;\n}\n";
    expect(structureProblems(broken)).toEqual([
      'line 3: ".b" is nested in the rule opened on line 1',
      'line 1: "{" is never closed',
    ]);
    expect(structureProblems("@media (x) {\n.a { color: red; }\n}\n/* { */ .b { content: '}'; }")).toEqual([]);
  });

  const files = folders.flatMap((folder) => stylesheetsUnder(join(root, folder)));

  it("reads the stylesheets of the kiosk and the console", () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files.map((file) => [relative(root, file), file]))("%s is flat and balanced", (_name, file) => {
    expect(structureProblems(readFileSync(file, "utf8"))).toEqual([]);
  });
});
