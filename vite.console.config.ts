import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The fleet console: a page of its own, served by the central service under /console/ as static
 * files (central/console/static-files.ts), so every asset path is absolute under that prefix.
 */
export default defineConfig({
  root: "console",
  base: "/console/",
  plugins: [react()],
  build: {
    outDir: "../dist/console",
    emptyOutDir: true,
    target: "es2022",
    // The CSP allows scripts from this origin only; no inline preload helper.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
