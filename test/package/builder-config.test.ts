import { existsSync } from "node:fs";
import { join } from "node:path";
import { getConfig, validateConfiguration } from "app-builder-lib/out/util/config/config";
import { DebugLogger } from "builder-util";
import { beforeAll, describe, expect, it } from "vitest";
import type { Configuration } from "electron-builder";
import { projectRoot } from "../../scripts/project";

/**
 * electron-builder.yml as electron-builder itself reads and validates it: the settings a kiosk's
 * safety and its fleet's updates depend on, checked where they are declared. What the builder
 * then does with them is checked on a real pack in asar.test.ts.
 */
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(projectRoot, "electron-builder.yml", null);
});

describe("electron-builder.yml", () => {
  it("passes electron-builder's own schema, which does reject a wrong setting", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    const broken = await getConfig(projectRoot, "electron-builder.yml", null);
    const wrong: Record<string, unknown> = { ...broken, nsis: { perMachine: "yes" } };
    await expect(validateConfiguration(wrong, new DebugLogger(false))).rejects.toThrow(/perMachine/);
  });

  it("flips every fuse a public terminal needs flipped", () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it("packs into an asar with the three native modules unpacked", () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual([
      "node_modules/better-sqlite3/**",
      "node_modules/@serialport/bindings-cpp/**",
      "node_modules/node-hid/**",
    ]);
  });

  it("leaves the project's node_modules alone and builds better-sqlite3 for Electron in its hook", () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.afterPack).toBe("./scripts/package/after-pack.mjs");
    expect(existsSync(join(projectRoot, "scripts", "package", "after-pack.mjs"))).toBe(true);
  });

  it("takes updates from the central service over https with the generic provider", () => {
    expect(config.publish).toEqual([
      { provider: "generic", url: "https://central.efuzhou.test/v1/updates/stable", channel: "latest" },
    ]);
  });

  it("installs per machine on Windows with NSIS, and keeps residents' data on uninstall", () => {
    expect(config.win?.target).toEqual([{ target: "nsis", arch: ["x64"] }]);
    expect(config.nsis).toMatchObject({ perMachine: true, deleteAppDataOnUninstall: false });
  });

  it("builds an AppImage and a deb on Linux, the deb depending on libusb for node-hid", () => {
    expect(config.linux?.target).toEqual([
      { target: "AppImage", arch: ["x64"] },
      { target: "deb", arch: ["x64"] },
    ]);
    expect(config.deb?.depends).toContain("libusb-1.0-0");
    expect(config.deb?.depends).toContain("libnss3");
  });
});
