import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STAND_IN_MARKER } from "../../scripts/package/electron-stand-in";
import { type PackedApp, rebuildNativeModules } from "../../scripts/package/rebuild-native";
import { projectRoot } from "../../scripts/project";

/**
 * The afterPack hook's decisions that can be checked without Electron's headers. Compiling
 * better-sqlite3 for Electron needs them (or an Electron prebuild), both from the network, so
 * that step itself runs only on a machine that packages with the real Electron.
 */
let dir: string;
let app: PackedApp;
const lines: string[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kiosk-rebuild-"));
  const resourcesDir = join(dir, "resources");
  mkdirSync(join(resourcesDir, "app.asar.unpacked"), { recursive: true });
  app = {
    projectDir: projectRoot,
    appOutDir: dir,
    resourcesDir,
    platform: process.platform,
    arch: process.arch,
    electronVersion: "45.5.0",
  };
  lines.length = 0;
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("rebuildNativeModules", () => {
  it("leaves a stand-in package's Node build in place and says so", async () => {
    writeFileSync(join(dir, STAND_IN_MARKER), "stand-in\n");
    await expect(rebuildNativeModules(app, (line) => lines.push(line))).resolves.toBe(
      "skipped: stand-in Electron",
    );
    expect(lines.join("\n")).toMatch(/not compiled for Electron, the distribution is a stand-in/);
    expect(existsSync(join(app.resourcesDir, "app.asar.unpacked", "node_modules"))).toBe(false);
  });

  it("refuses to build another platform's package, since native code cannot be cross-compiled", async () => {
    const other = process.platform === "win32" ? "linux" : "win32";
    await expect(
      rebuildNativeModules({ ...app, platform: other }, (line) => lines.push(line)),
    ).rejects.toThrow(`better-sqlite3 must be compiled for Electron on ${other} itself`);
    expect(lines).toEqual([]);
  });
});
