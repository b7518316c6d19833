import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: "renderer",
  base: "./",
  plugins: [react()],
  build: {
    outDir: "../dist/renderer",
    emptyOutDir: true,
    // A kiosk runs one Chromium version that we ship; no legacy output.
    target: "chrome120",
    reportCompressedSize: false,
  },
});
