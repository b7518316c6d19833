import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", "dist/**", "dist-electron/**", "artifacts/**"],
    // Native modules (better-sqlite3, serialport) and ptys are happiest in child processes.
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
