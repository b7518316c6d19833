import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import * as z from "zod";
import { STAND_IN_MARKER } from "./electron-stand-in";

/**
 * Puts an Electron-ABI build of better-sqlite3 into a packed app (electron-builder's afterPack,
 * see electron-builder.yml for why not its own rebuild). The compile runs in a scratch copy, so
 * the project's node_modules keep the Node build that tests, web shell and central service load.
 * @serialport/bindings-cpp and node-hid need nothing: their N-API prebuilds load in Electron.
 */

/** The one native module built against V8 directly, and where its loader (bindings) looks. */
const MODULE = "better-sqlite3";
const BINARY = join("build", "Release", "better_sqlite3.node");

export interface PackedApp {
  projectDir: string;
  /** The unpacked app folder electron-builder just filled. */
  appOutDir: string;
  /** Its resources folder, holding app.asar and app.asar.unpacked. */
  resourcesDir: string;
  platform: NodeJS.Platform;
  arch: string;
  electronVersion: string;
}

export type NativeOutcome = "rebuilt for Electron" | "skipped: stand-in Electron";

/**
 * Compiling takes a minute or two; without a network the header download does not fail but
 * hangs, so a build machine cut off from it gets this sentence instead of a build that never ends.
 */
const DEADLINE_MS = 15 * 60_000;

function withinDeadline(work: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(
        new Error(
          `compiling ${MODULE} for Electron did not finish in ${DEADLINE_MS / 60_000} minutes: it needs Electron's headers or an Electron prebuild of ${MODULE}, both from the network`,
        ),
      );
    }, DEADLINE_MS);
  });
  return Promise.race([work, deadline]).finally(() => {
    clearTimeout(timer);
  });
}

const PackageVersion = z.object({ version: z.string().min(1) });

export async function rebuildNativeModules(
  app: PackedApp,
  log: (line: string) => void,
): Promise<NativeOutcome> {
  if (existsSync(join(app.appOutDir, STAND_IN_MARKER))) {
    log(
      `${MODULE}: not compiled for Electron, the distribution is a stand-in; this package holds the Node build`,
    );
    return "skipped: stand-in Electron";
  }
  if (app.platform !== process.platform) {
    // node-gyp cannot cross-compile, and Electron prebuilds of better-sqlite3 are not a given.
    throw new Error(
      `${MODULE} must be compiled for Electron on ${app.platform} itself: package the ${app.platform} app on a ${app.platform} machine`,
    );
  }
  const source = join(app.projectDir, "node_modules", MODULE);
  const { version } = PackageVersion.parse(JSON.parse(readFileSync(join(source, "package.json"), "utf8")));
  const scratch = mkdtempSync(join(tmpdir(), "kiosk-native-"));
  try {
    writeFileSync(
      join(scratch, "package.json"),
      JSON.stringify({
        name: "kiosk-native-rebuild",
        version: "0.0.0",
        private: true,
        dependencies: { [MODULE]: version },
      }),
    );
    // Sources only: a stale build/ would let the rebuild think there is nothing to do.
    cpSync(source, join(scratch, "node_modules", MODULE), {
      recursive: true,
      filter: (path) => !path.startsWith(join(source, "build")),
    });
    log(`${MODULE} ${version}: compiling for Electron ${app.electronVersion} (${app.platform}-${app.arch})`);
    // Loaded only here: the stand-in path must not need it (it wants Node 22 and the network).
    const { rebuild } = await import("@electron/rebuild");
    await withinDeadline(
      rebuild({
        buildPath: scratch,
        electronVersion: app.electronVersion,
        platform: app.platform,
        arch: app.arch,
        onlyModules: [MODULE],
        force: true,
      }),
    );
    const built = join(scratch, "node_modules", MODULE, BINARY);
    if (!existsSync(built)) throw new Error(`compiling ${MODULE} for Electron produced no ${BINARY}`);
    const target = join(app.resourcesDir, "app.asar.unpacked", "node_modules", MODULE, BINARY);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(built, target);
    return "rebuilt for Electron";
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
