import { chmodSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
// The sentinel and fuse states are not re-exported from the package root.
import { FuseState, SENTINEL } from "@electron/fuses/dist/constants";

/**
 * A stand-in for an unpacked Linux Electron distribution, for packaging where Electron's binary
 * cannot be downloaded. electron-builder copies the folder, renames `electron` to the app's
 * executable and flips the fuses with @electron/fuses, which finds the fuse wire after its
 * sentinel string in the binary. The stand-in carries that wire, so the builder's real fuse step
 * runs on it and a test can read back what it wrote. It cannot run the app: executed, it says so.
 */

/** The file beside the executable that marks a package as built against the stand-in. */
export const STAND_IN_MARKER = "ELECTRON-STAND-IN.txt";

/**
 * The fuse wire as an Electron binary ships it, in @electron/fuses' V1 order: run-as-node on,
 * cookie encryption off, NODE_OPTIONS on, inspect flags on, asar integrity off, load only from
 * asar off, browser-specific V8 snapshot off, file:// extra privileges on. Every fuse the build
 * must change starts on the opposite side, so a skipped flip shows in the packaged binary.
 */
export const SHIPPED_FUSES: readonly FuseState[] = [
  FuseState.ENABLE,
  FuseState.DISABLE,
  FuseState.ENABLE,
  FuseState.ENABLE,
  FuseState.DISABLE,
  FuseState.DISABLE,
  FuseState.DISABLE,
  FuseState.ENABLE,
];

/** The fuse wire format's version byte that @electron/fuses expects (FuseVersion.V1). */
const FUSE_WIRE_VERSION = 1;

/** Writes the stand-in distribution into `dir` (emptied first) and returns `dir`. */
export function writeElectronStandIn(dir: string, electronVersion: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "resources"), { recursive: true });
  mkdirSync(join(dir, "locales"), { recursive: true });

  // A shell script, so that starting the packaged stand-in fails with a sentence instead of an
  // exec format error; the wire sits in a trailing comment line, where the shell never reads it.
  const script = Buffer.from(
    [
      "#!/bin/sh",
      `echo "This package was built against a stand-in for Electron ${electronVersion} and cannot run;" >&2`,
      'echo "build it where the Electron binary is installed to get a runnable kiosk." >&2',
      "exit 1",
      "# fuse wire: ",
    ].join("\n"),
    "utf8",
  );
  const wire = Buffer.concat([
    Buffer.from(SENTINEL, "ascii"),
    Buffer.from([FUSE_WIRE_VERSION, SHIPPED_FUSES.length, ...SHIPPED_FUSES]),
    Buffer.from("\n", "ascii"),
  ]);
  const executable = join(dir, "electron");
  writeFileSync(executable, Buffer.concat([script, wire]));
  chmodSync(executable, 0o755);

  writeFileSync(join(dir, "version"), `${electronVersion}\n`);
  writeFileSync(
    join(dir, STAND_IN_MARKER),
    [
      `Stand-in for the Electron ${electronVersion} Linux distribution, made by scripts/package/electron-stand-in.ts.`,
      "It carries Electron's fuse wire so the packaging steps run, but no browser: this package cannot run.",
      "",
    ].join("\n"),
  );
  return dir;
}
