import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join } from "node:path";
import * as z from "zod";

/** Reading a packed app's contents for asar.test.ts. */

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** The package a bare specifier names: `@scope/name` or `name`, without a subpath. */
export function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return (specifier.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

/**
 * The packages a bundle loads at run time: its `require("…")` and `import("…")` of bare names,
 * less Node's built-ins and `electron`, which the Electron binary provides.
 */
export function requiredPackages(bundle: string): string[] {
  const names = new Set<string>();
  for (const match of bundle.matchAll(/\b(?:require|import)\(\s*"([^".][^"]*)"\s*\)/g)) {
    const specifier = match[1];
    if (specifier === undefined || builtins.has(specifier) || specifier === "electron") continue;
    names.add(packageName(specifier));
  }
  return [...names].sort();
}

const PackageJson = z.object({ dependencies: z.record(z.string(), z.string()).optional() });

/**
 * Walks the dependency closure of `roots` in an extracted app the way Node resolves them (the
 * nearest node_modules upwards from the requiring package). Returns each found package's folder
 * and each dependency that resolves nowhere, as "needer → name".
 */
export function dependencyClosure(
  appDir: string,
  roots: readonly string[],
): { found: string[]; missing: string[] } {
  const found = new Set<string>();
  const missing: string[] = [];
  const resolveFrom = (fromDir: string, name: string): string | null => {
    let dir = fromDir;
    for (;;) {
      const candidate = join(dir, "node_modules", name);
      if (existsSync(join(candidate, "package.json"))) return candidate;
      if (dir === appDir || dirname(dir) === dir) return null;
      dir = dirname(dir);
    }
  };
  const visit = (fromDir: string, name: string, needer: string): void => {
    const dir = resolveFrom(fromDir, name);
    if (dir === null) {
      missing.push(`${needer} → ${name}`);
      return;
    }
    if (found.has(dir)) return;
    found.add(dir);
    const pkg = PackageJson.parse(JSON.parse(readFileSync(join(dir, "package.json"), "utf8")));
    for (const dependency of Object.keys(pkg.dependencies ?? {})) visit(dir, dependency, name);
  };
  for (const root of roots) visit(appDir, root, "dist-electron/main.cjs");
  return { found: [...found].sort(), missing };
}
