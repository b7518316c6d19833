import { builtinModules } from "node:module";
import { readFileSync } from "node:fs";
import { defineConfig } from "vite";

/**
 * Builds the Electron shell: main as an ES module that loads its dependencies from node_modules
 * (native ones included), and the preload as one CommonJS file, because a sandboxed preload can
 * require nothing but `electron`.
 */
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
const external = [
  "electron",
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
];

// Two builds (`--mode main`, `--mode preload`): with both entries in one build the bundler would
// share a chunk between them, and a sandboxed preload cannot load a second file.
export default defineConfig(({ mode }) => ({
  build: {
    outDir: "dist-electron",
    emptyOutDir: mode === "main",
    target: "node22",
    minify: false,
    reportCompressedSize: false,
    lib: {
      entry: (mode === "preload"
        ? { preload: "electron/preload.ts" }
        : { main: "electron/main.ts" }) as Record<string, string>,
      formats: ["cjs"],
      fileName: (_format, name) => `${name}.cjs`,
    },
    rolldownOptions: {
      // The preload bundles what it uses (zod, the contract); only electron stays outside.
      external: (id) =>
        mode === "preload" ? id === "electron" : external.some((e) => id === e || id.startsWith(`${e}/`)),
    },
  },
}));
