/**
 * `npm run package`: after the build, packs the unpacked app for this machine's platform with
 * electron-builder.yml. It uses the installed Electron where its binary is there; where it is not
 * (ELECTRON_SKIP_BINARY_DOWNLOAD, as on CI), it packs against a stand-in distribution
 * (electron-stand-in.ts) and says so: that package shows what ships, but cannot run.
 *
 *   tsx scripts/package/index.ts [--out DIR]    DIR defaults to artifacts/package
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as z from "zod";
import { projectRoot as projectDir } from "../project";
import { writeElectronStandIn } from "./electron-stand-in";

/** What the packed app loads; `npm run build` makes them. */
const BUILT = ["dist-electron/main.cjs", "dist-electron/preload.cjs", "dist/renderer/index.html"];

/** electron-builder's flag and unpacked folder name for each platform it can pack here. */
const PLATFORMS: Partial<Record<NodeJS.Platform, { flag: string; unpacked: string }>> = {
  linux: { flag: "--linux", unpacked: "linux-unpacked" },
  win32: { flag: "--win", unpacked: "win-unpacked" },
  darwin: { flag: "--mac", unpacked: "mac" },
};

const ElectronPackage = z.object({ version: z.string().min(1) });

/** The installed Electron's distribution folder, if its binary is there (as scripts/start.ts finds it). */
export function installedElectronDist(electronDir: string): string | null {
  const pathFile = join(electronDir, "path.txt");
  if (!existsSync(pathFile)) return null;
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, "dist");
  return existsSync(join(dist, readFileSync(pathFile, "utf8").trim())) ? dist : null;
}

export interface PackageResult {
  /** The unpacked app: the executable, resources/app.asar and resources/app.asar.unpacked. */
  appDir: string;
  standIn: boolean;
}

export function packageApp(outDir: string): PackageResult {
  const platform = PLATFORMS[process.platform];
  if (platform === undefined) throw new Error(`packaging on ${process.platform} is not supported`);
  const missing = BUILT.filter((file) => !existsSync(join(projectDir, file)));
  if (missing.length > 0)
    throw new Error(`${missing.join(", ")} missing: run \`npm run build\` first (npm run package does)`);

  const electronDir = join(projectDir, "node_modules", "electron");
  const { version } = ElectronPackage.parse(
    JSON.parse(readFileSync(join(electronDir, "package.json"), "utf8")),
  );
  let electronDist = installedElectronDist(electronDir);
  let standInDir: string | null = null;
  if (electronDist === null) {
    if (process.platform !== "linux") {
      throw new Error(`Electron ${version} is not installed, and a stand-in exists only for Linux`);
    }
    standInDir = mkdtempSync(join(tmpdir(), "kiosk-electron-stand-in-"));
    electronDist = writeElectronStandIn(join(standInDir, "dist"), version);
    console.log(
      `Electron ${version}'s binary is not installed: packing against a stand-in distribution. ` +
        "The result shows what ships but cannot run.",
    );
  } else {
    console.log(`Packing with the installed Electron ${version} (${electronDist}).`);
  }

  try {
    const builder = spawnSync(
      process.execPath,
      [
        join(projectDir, "node_modules", "electron-builder", "cli.js"),
        platform.flag,
        "--dir",
        "--publish",
        "never",
        "--config",
        "electron-builder.yml",
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${outDir}`,
      ],
      { cwd: projectDir, stdio: "inherit" },
    );
    if (builder.status !== 0)
      throw new Error(`electron-builder failed (exit ${String(builder.status ?? builder.signal)})`);
  } finally {
    if (standInDir !== null) rmSync(standInDir, { recursive: true, force: true });
  }
  return { appDir: join(outDir, platform.unpacked), standIn: standInDir !== null };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  try {
    const result = packageApp(resolve(projectDir, values.out ?? join("artifacts", "package")));
    console.log(
      `Unpacked app: ${result.appDir}${result.standIn ? " (stand-in Electron: not runnable)" : ""}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
