import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { extractAll, listPackage, statFile } from "@electron/asar";
import { getCurrentFuseWire } from "@electron/fuses";
import { FuseState } from "@electron/fuses/dist/constants";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrations } from "../../core/store/migrations/index";
import { projectRoot } from "../../scripts/project";
import { STAND_IN_MARKER } from "../../scripts/package/electron-stand-in";
import { installedElectronDist } from "../../scripts/package/index";
import { dependencyClosure, requiredPackages } from "./packed-app";

/**
 * `npm run package`'s packing step, run once for real (electron-builder on the built app, against
 * the stand-in Electron where the binary is missing), then its output read back: the asar, the
 * unpacked native modules, the fuse wire in the executable and the update settings. Needs
 * `npm run build` first (npm test does it).
 */
const exec = promisify(execFile);
const standIn = installedElectronDist(join(projectRoot, "node_modules", "electron")) === null;
const outDir = mkdtempSync(join(tmpdir(), "kiosk-package-"));
const appDir = join(outDir, "linux-unpacked");
const resources = join(appDir, "resources");
const archive = join(resources, "app.asar");
const unpacked = join(resources, "app.asar.unpacked");
const extracted = join(outDir, "extracted");
let output = "";
let files: string[] = [];

const sha256 = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

/** Every file below `dir`, relative to it, with forward slashes. */
function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"));
}

beforeAll(async () => {
  const run = await exec(
    process.execPath,
    [
      join(projectRoot, "node_modules", "tsx", "dist", "cli.mjs"),
      "scripts/package/index.ts",
      "--out",
      outDir,
    ],
    { cwd: projectRoot, maxBuffer: 16 * 1024 * 1024 },
  );
  output = run.stdout + run.stderr;
  // Paths in the archive, without the leading separator, files only.
  files = listPackage(archive, { isPack: false })
    .map((path) =>
      path
        .replace(/^[\\/]/, "")
        .split("\\")
        .join("/"),
    )
    .filter((path) => !("files" in statFile(archive, path)));
  extractAll(archive, extracted);
}, 600_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe("the packed app", () => {
  it.runIf(process.platform === "linux")(
    "is an executable named for the kiosk, and says what Electron it used",
    () => {
      expect(existsSync(join(appDir, "efuzhou-kiosk"))).toBe(true);
      expect(existsSync(join(appDir, STAND_IN_MARKER))).toBe(standIn);
      expect(output).toMatch(
        standIn ? /packing against a stand-in distribution/ : /Packing with the installed Electron/,
      );
      // The afterPack hook ran, and said what it did with better-sqlite3.
      expect(output).toMatch(
        standIn
          ? /afterPack: better-sqlite3: not compiled for Electron/
          : /afterPack: better-sqlite3 .*compiling for Electron/,
      );
    },
  );

  it("has its fuses flipped in the executable itself", async () => {
    const wire = await getCurrentFuseWire(join(appDir, "efuzhou-kiosk"));
    // In @electron/fuses' V1 order; each of these starts the other way in a shipped Electron.
    expect([wire[0], wire[1], wire[2], wire[3], wire[4], wire[5], wire[6], wire[7]]).toEqual([
      FuseState.DISABLE, // run as node
      FuseState.ENABLE, // cookie encryption
      FuseState.DISABLE, // NODE_OPTIONS
      FuseState.DISABLE, // --inspect and friends
      FuseState.ENABLE, // embedded asar integrity
      FuseState.ENABLE, // only load the app from app.asar
      FuseState.DISABLE, // browser-specific V8 snapshot
      FuseState.DISABLE, // file:// extra privileges
    ]);
  });

  it("knows where updates come from: the central service's generic feed", () => {
    const updates = readFileSync(join(resources, "app-update.yml"), "utf8");
    expect(updates).toMatch(/^provider: generic$/m);
    expect(updates).toMatch(/^url: https:\/\/central\.efuzhou\.test\/v1\/updates\/stable$/m);
  });

  it("holds the main process, preload and package.json exactly as built", () => {
    for (const file of ["dist-electron/main.cjs", "dist-electron/preload.cjs"]) {
      expect(sha256(join(extracted, file)), file).toBe(sha256(join(projectRoot, file)));
    }
    const pkg: unknown = JSON.parse(readFileSync(join(extracted, "package.json"), "utf8"));
    expect(pkg).toMatchObject({ name: "efuzhou-kiosk", main: "dist-electron/main.cjs" });
  });

  it("holds every file of the built renderer, prerendered attract pages included", () => {
    const built = walk(join(projectRoot, "dist", "renderer")).map((file) => `dist/renderer/${file}`);
    expect(built).toContain("dist/renderer/index.html");
    expect(built.some((file) => file.startsWith("dist/renderer/prerendered/"))).toBe(true);
    expect(files.filter((file) => file.startsWith("dist/renderer/")).sort()).toEqual(built.sort());
  });

  it("carries the runtime and every migration inside the main bundle, which reads none from disk", () => {
    const main = readFileSync(join(extracted, "dist-electron", "main.cjs"), "utf8");
    expect(main).toContain("bootKiosk");
    for (const migration of migrations) expect(main).toContain(`name: "${migration.name}"`);
  });

  it("holds every package the main process requires, and theirs, and Node can load them", async () => {
    const main = readFileSync(join(extracted, "dist-electron", "main.cjs"), "utf8");
    const roots = requiredPackages(main);
    expect(roots).toEqual(expect.arrayContaining(["better-sqlite3", "node-hid", "pino", "serialport"]));
    const closure = dependencyClosure(extracted, roots);
    expect(closure.missing).toEqual([]);
    // The stand-in package keeps Node's better-sqlite3 build, so the whole set loads in Node from the
    // extracted app alone (no NODE_PATH, no project folder above it); an Electron build would not.
    if (!standIn) return;
    const probe = join(outDir, "probe.cjs");
    writeFileSync(
      probe,
      [
        'const { createRequire } = require("node:module");',
        "const load = createRequire(process.argv[2]);",
        "for (const name of JSON.parse(process.argv[3])) load(name);",
        'const Database = load("better-sqlite3");',
        'process.stdout.write(JSON.stringify(new Database(":memory:").prepare("SELECT 41 + 1 AS answer").get()));',
      ].join("\n"),
    );
    const env = { ...process.env };
    delete env.NODE_PATH;
    const run = await exec(
      process.execPath,
      [probe, join(extracted, "dist-electron", "main.cjs"), JSON.stringify(roots)],
      {
        cwd: outDir,
        env,
      },
    );
    expect(JSON.parse(run.stdout)).toEqual({ answer: 42 });
  });

  it("unpacks the native modules' .node files next to the asar", () => {
    const native = walk(unpacked).filter((file) => file.endsWith(".node"));
    expect(native).toContain("node_modules/better-sqlite3/build/Release/better_sqlite3.node");
    expect(native).toContain(
      "node_modules/@serialport/bindings-cpp/prebuilds/linux-x64/@serialport+bindings-cpp.glibc.node",
    );
    expect(native).toContain("node_modules/node-hid/prebuilds/HID_hidraw-linux-x64/node-napi-v4.node");
    // Every .node the archive lists is one of the unpacked files, never inside the asar.
    const listed = files.filter((file) => file.endsWith(".node"));
    expect(listed.sort()).toEqual(native.sort());
    for (const file of listed) expect(statFile(archive, file)).toMatchObject({ unpacked: true });
  });

  it("holds nothing but package.json, the two bundles, the renderer and runtime dependencies", () => {
    const roots = new Set(files.map((file) => file.split("/")[0]));
    expect([...roots].sort()).toEqual(["dist", "dist-electron", "node_modules", "package.json"]);
    expect(files.filter((file) => file.startsWith("dist/") && !file.startsWith("dist/renderer/"))).toEqual(
      [],
    );
    expect(files.filter((file) => file.startsWith("dist-electron/")).sort()).toEqual([
      "dist-electron/main.cjs",
      "dist-electron/preload.cjs",
    ]);
  });

  it("holds no tests, fixtures, var/ data, sources, source maps or docs, from us or dependencies", () => {
    const everything = [...files, ...walk(unpacked)];
    const forbidden = everything.filter(
      (file) =>
        /(^|\/)(test|tests|__tests__|fixtures|var)\//.test(file) ||
        /\.(test|spec)\.[cm]?[jt]sx?$/.test(file) ||
        /\.([cm]?ts|tsx|map|md)$/.test(file),
    );
    expect(forbidden).toEqual([]);
    // The renderer-only and central-only packages stay out (their files are bundled or unused).
    for (const name of ["react", "react-dom", "lucide-react", "fastify", "pg", "kysely"]) {
      expect(files.some((file) => file.startsWith(`node_modules/${name}/`))).toBe(false);
    }
  });
});
