import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * core/ and drivers/ are layered: shared types live below the modules that use them, so no file
 * looks back up at one of its importers. A circle (type-only imports included) means a type sits
 * in the wrong file; this test names the circle so it is broken by moving the type down.
 * Dynamic `import()` is left out: it is how a module loads something heavy late, not a layer.
 */
const root = resolve(import.meta.dirname, "../..");

/** Every TypeScript source under `dir`, tests included (a test importing in a circle counts too). */
function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The relative module specifiers a file names in imports and re-exports, type-only ones too. */
function specifiersOf(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const statement of source.statements) {
    const specifier =
      ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)
        ? statement.moduleSpecifier
        : undefined;
    if (specifier !== undefined && ts.isStringLiteral(specifier) && specifier.text.startsWith(".")) {
      found.push(specifier.text);
    }
  }
  return found;
}

/** Resolves "./x" to the file it names: x.ts, x.tsx or x/index.ts. */
function resolveSpecifier(from: string, specifier: string, files: ReadonlySet<string>): string | undefined {
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find((candidate) =>
    files.has(candidate),
  );
}

/** The import graph of the given files, edges only between those files. */
function importGraph(paths: readonly string[]): Map<string, string[]> {
  const files = new Set(paths);
  const graph = new Map<string, string[]>();
  for (const path of paths) {
    const targets = specifiersOf(path, readFileSync(path, "utf8"))
      .map((specifier) => resolveSpecifier(path, specifier, files))
      .filter((target): target is string => target !== undefined);
    graph.set(path, [...new Set(targets)]);
  }
  return graph;
}

/** Every distinct circle the depth-first search closes, each as the list of files around it. */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    seen.add(node);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!seen.has(next)) visit(next);
      else if (!done.has(next)) cycles.push([...stack.slice(stack.indexOf(next)), next]);
    }
    stack.pop();
    done.add(node);
  };
  for (const node of graph.keys()) if (!seen.has(node)) visit(node);
  return cycles;
}

describe("import cycles", () => {
  it("finds a circle closed by a type-only import, and none in a straight line", () => {
    const graph = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(findCycles(graph)).toEqual([["a", "b", "c", "a"]]);
    expect(
      findCycles(
        new Map([
          ["a", ["b"]],
          ["b", ["c"]],
          ["c", []],
        ]),
      ),
    ).toEqual([]);
    expect(
      specifiersOf(
        "probe.ts",
        'import type { A } from "./a";\nexport { b } from "../b";\nexport type { C } from "./c";\nimport "node:fs";\n',
      ),
    ).toEqual(["./a", "../b", "./c"]);
  });

  it.each(["core", "drivers"])("%s/ has none, type-only imports included", (folder) => {
    const cycles = findCycles(importGraph(sourcesUnder(join(root, folder))));
    expect(cycles.map((cycle) => cycle.map((file) => relative(root, file)).join(" → "))).toEqual([]);
  });
});
