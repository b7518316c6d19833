import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { defineConfig } from "vite";

/**
 * Builds the web-shell kiosk (scripts/start.ts and everything it runs) into one ES module, so
 * `npm start` does not spend its first seconds transpiling TypeScript. Dependencies, native ones
 * included, load from node_modules as usual.
 */
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
/**
 * Pure-ESM dependencies spread over many small files, bundled in: Node loads one module far
 * faster than a hundred, and start-up time is what this build is for.
 */
const BUNDLED = new Set(["zod", "kysely"]);
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies).filter((d) => !BUNDLED.has(d)),
  "electron",
];

export default defineConfig({
  build: {
    outDir: "dist/kiosk",
    emptyOutDir: true,
    target: "node20",
    minify: false,
    reportCompressedSize: false,
    lib: {
      // The embedded central runs in a worker thread, from its own entry beside start.mjs; the
      // supervisor (deploy/linux) runs start.mjs as its child.
      entry: {
        start: "scripts/start.ts",
        supervise: "scripts/supervise.ts",
        "embedded-central-worker": "scripts/embedded-central-worker.ts",
      },
      formats: ["es"],
      fileName: (_format, name) => `${name}.mjs`,
    },
    rolldownOptions: {
      external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
    },
  },
});
