import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The repository explains itself from its own files: a clone has nothing beside it. So every
 * relative link in its Markdown and every `docs/…` path its code names must resolve to a file
 * inside it, every Markdown note that code or Markdown names must be one the repository holds,
 * and no file may point at a folder outside it.
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

/** Markdown files a text names, bare (`notes.md`) or as a path (`core/README.md`); URLs left out. */
export function markdownNames(text: string): string[] {
  const withoutUrls = text.replace(/[a-z][a-z0-9+.-]*:\/\/[^\s)"'`>]+/gi, "");
  return [...withoutUrls.matchAll(/(?<![\w./-])[\w./-]*[\w-]\.md(?![\w-])/g)].map((m) => m[0]);
}

/**
 * Notes a source or Markdown file names that a clone does not have. A bare name passes when a
 * file of that name exists anywhere in the repository (`mdNames`); a path must resolve from the
 * repository root or from the naming file's folder.
 */
export function missingNotes(file: string, text: string, mdNames: ReadonlySet<string>): string[] {
  if (!CODE.has(extname(file)) && extname(file) !== ".md") return [];
  const where = relative(root, file);
  return markdownNames(text)
    .filter((name) =>
      name.includes("/")
        ? ![resolve(root, name), resolve(dirname(file), name)].some(
            (path) => path.startsWith(root + sep) && existsSync(path),
          )
        : !mdNames.has(name),
    )
    .map((name) => `${where}: names "${name}", which is not in the repository`);
}

/**
 * Section numbers (`§3.1`) in source and Markdown. The repository's own documents use headings,
 * so a section number can only point at a document a clone does not have.
 */
export function sectionNumbers(file: string, text: string): string[] {
  if (!CODE.has(extname(file)) && extname(file) !== ".md") return [];
  return [...text.matchAll(/§\s?\d+(?:\.\d+)*/g)].map((m) => `${relative(root, file)}: "${m[0]}"`);
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

  it("names only Markdown notes the repository holds", () => {
    const mdNames = new Set(files.filter((f) => extname(f) === ".md").map((f) => basename(f)));
    expect(mdNames).toContain("README.md");
    const problems = files.flatMap((f) => missingNotes(f, readFileSync(f, "utf8"), mdNames));
    expect(problems).toEqual([]);
  });

  it("cites no section numbers of documents outside it", () => {
    expect(files.flatMap((f) => sectionNumbers(f, readFileSync(f, "utf8")))).toEqual([]);
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

  it("reports a note that no file in the repository holds, bare or as a path, but not a URL", () => {
    const mdNames = new Set(["README.md", "architecture.md"]);
    const code = join(root, "drivers", "x.ts");
    const text = [
      "// the frame format (notes.md §2); see also architecture.md and README.md",
      "// drivers/idcard/README.md, docs/nowhere.md, https://example.org/docs/guide.md",
      '/* "design.md" */ const notMarkdown = ".mdx"; // x.mdx, .md',
    ].join("\n");
    expect(missingNotes(code, text, mdNames)).toEqual([
      'drivers/x.ts: names "notes.md", which is not in the repository',
      'drivers/x.ts: names "docs/nowhere.md", which is not in the repository',
      'drivers/x.ts: names "design.md", which is not in the repository',
    ]);
    expect(missingNotes(readme, "The `escpos.md` notes, §3.", mdNames)).toEqual([
      'README.md: names "escpos.md", which is not in the repository',
    ]);
    expect(missingNotes(join(root, "data.json"), "ux.md", mdNames)).toEqual([]);
  });

  it("reports section numbers in code and Markdown, not in data files", () => {
    expect(sectionNumbers(join(root, "core", "x.ts"), "// DLE EOT (§3.1, § 4)")).toEqual([
      'core/x.ts: "§3.1"',
      'core/x.ts: "§ 4"',
    ]);
    expect(sectionNumbers(join(root, "data.json"), '"§2"')).toEqual([]);
  });
});
