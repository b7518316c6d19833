import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { categories } from "../../kiosk-config/catalog/categories";
import { services } from "../../kiosk-config/services/index";

/**
 * The catalog's layout is what lets a reader find a service by name: one file per service, named
 * for its id, in its category's folder, and listed in that folder's index. A file left out of the
 * index would silently be no service at all, so this holds the folders and the catalog together.
 */
const catalogDir = join(dirname(fileURLToPath(import.meta.url)), "../../kiosk-config/services/catalog");
/** Files of a category folder that are not services. */
const notServices = new Set(["index.ts", "shared.ts"]);

const isService = (value: unknown): value is { id: string; category: string } =>
  typeof value === "object" && value !== null && "id" in value && "steps" in value && "category" in value;

describe("the catalog folders", () => {
  it("are exactly the categories", () => {
    const folders = readdirSync(catalogDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.sort()).toEqual(categories.map((c) => c.id).sort());
  });

  for (const category of categories) {
    it(`${category.id}: one file per service, named for its id, each listed in the index`, async () => {
      const folder = join(catalogDir, category.id);
      const files = readdirSync(folder).filter((f) => f.endsWith(".ts") && !notServices.has(f));
      const fromFiles: string[] = [];
      for (const file of files) {
        const module: unknown = await import(pathToFileURL(join(folder, file)).href);
        const defined = Object.values(module ?? {}).filter(isService);
        expect(
          defined.map((s) => s.id),
          file,
        ).toEqual([basename(file, ".ts")]);
        expect(defined[0]?.category, file).toBe(category.id);
        fromFiles.push(basename(file, ".ts"));
      }
      const listed = services.filter((s) => s.category === category.id).map((s) => s.id);
      expect([...listed].sort()).toEqual(fromFiles.sort());
    });
  }
});
