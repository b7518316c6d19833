import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The repository explains itself from its own files: a clone has nothing beside it. So every
 * relative link in its Markdown and every `docs/…` path its code names must resolve to a file
 * inside it, and no file may point at a folder outside it.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** What a clone does not carry (build output, dependencies, local data), as .gitignore lists it. */
const SKIPPED = new Set([".git", "node_modules", "dist", "dist-electron", "var", "artifacts"]);
const CODE = new Set([".ts", ".tsx", ".js", ".cjs", ".mjs", ".css", ".html"]);
const TEXT = new Set([...CODE, ".md", ".json", ".yml", ".yaml", ".sh", ""]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
}

/** Link targets of a Markdown text: inline links and images, and reference definitions. */
export function markdownTargets(text: string): string[] {
  const withoutCode = text.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  const inline = [...withoutCode.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)];
  const references = [...withoutCode.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)];
  return [...inline, ...references].map((m) => m[1] ?? "");
}

/** A target that names a file in this repository (not a URL, not an anchor on the same page). */
const isRelative = (target: string): boolean => target !== "" && !/^([a-z][a-z0-9+.-]*:|#)/i.test(target);

/** `docs/…` paths named in code (comments and strings), relative to the repository root. */
export function docsPaths(text: string): string[] {
  return [...text.matchAll(/(?<![\w./-])docs\/[\w./-]*[\w/]/g)].map((m) => m[0]);
}

/** The problem with one target, or null when it names a file or folder inside the repository. */
function problemWith(from: string, target: string, base: string): string | null {
  const path = decodeURIComponent(target.split("#")[0]?.split("?")[0] ?? "");
  if (path === "") return null;
  const resolved = path.startsWith("/") ? join(root, path) : resolve(base, path);
  const where = relative(root, from);
  if (resolved !== root && !resolved.startsWith(root + sep))
    return `${where}: "${target}" leaves the repository`;
  if (!existsSync(resolved)) return `${where}: "${target}" does not exist`;
  return null;
}

export function linkProblems(file: string, text: string): string[] {
  const problems: (string | null)[] = [];
  if (extname(file) === ".md") {
    for (const target of markdownTargets(text).filter(isRelative)) {
      problems.push(problemWith(file, target, dirname(file)));
    }
  }
  if (CODE.has(extname(file))) {
    for (const path of docsPaths(text)) problems.push(problemWith(file, path, root));
  }
  return problems.filter((p): p is string => p !== null);
}

// Spelled in pieces, so that this file does not name what it looks for.
const OUTSIDE = ["..", "shared"].join("/");

describe("links inside the repository", () => {
  // This file is left out: its checker tests hold broken links on purpose.
  const self = fileURLToPath(import.meta.url);
  const files = filesUnder(root).filter(
    (f) => f !== self && TEXT.has(extname(f)) && statSync(f).size < 2_000_000,
  );

  it("reads the repository's own files", () => {
    const names = files.map((f) => relative(root, f));
    expect(names).toContain("README.md");
    expect(names).toContain(join("docs", "architecture.md"));
    expect(names.some((n) => n.startsWith(`node_modules${sep}`))).toBe(false);
  });

  it("resolves every relative Markdown link and every docs/ path named in code", () => {
    const problems = files.flatMap((f) => linkProblems(f, readFileSync(f, "utf8")));
    expect(problems).toEqual([]);
  });

  it(`mentions no folder beside the repository (${OUTSIDE})`, () => {
    const mentions = files
      .filter((f) => readFileSync(f, "utf8").includes(OUTSIDE))
      .map((f) => relative(root, f));
    expect(mentions).toEqual([]);
  });
});

describe("the link checker itself", () => {
  const readme = join(root, "README.md");

  it("finds inline links, images and reference definitions, but not code spans or URLs", () => {
    const text = [
      'See [the map](docs/architecture.md#layers) and ![shot](docs/screenshots/attract.png "t").',
      "[ref]: core/README.md",
      "`[not](a-link.md)` and [web](https://example.org) and [here](#top)",
      "```\n[fenced](nope.md)\n```",
    ].join("\n");
    expect(markdownTargets(text).filter(isRelative)).toEqual([
      "docs/architecture.md#layers",
      "docs/screenshots/attract.png",
      "core/README.md",
    ]);
  });

  it("reports a missing file, a path that leaves the repository, and a missing docs/ path in code", () => {
    expect(linkProblems(readme, "[a](docs/architecture.md) [b](docs/missing.md)")).toEqual([
      'README.md: "docs/missing.md" does not exist',
    ]);
    expect(linkProblems(readme, "[c](../elsewhere/notes.md)")).toEqual([
      'README.md: "../elsewhere/notes.md" leaves the repository',
    ]);
    expect(
      linkProblems(join(root, "core", "x.ts"), '// see docs/architecture.md "Data", docs/nothing.md.'),
    ).toEqual(['core/x.ts: "docs/nothing.md" does not exist']);
  });
});
