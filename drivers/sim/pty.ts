import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A pair of connected pseudo-terminals: open `devicePath` as the driver, `simPath` as the simulator. */
export interface PtyPair {
  /** The end a driver (or the kiosk, or `diag`) opens, as if it were the device. */
  readonly devicePath: string;
  /** The end the simulator opens. */
  readonly simPath: string;
  /** Removes both ends, as if the device were unplugged; resolves once the paths are gone. */
  close(): Promise<void>;
}

/** Options for a pty pair. */
export interface PtyPairOptions {
  /** Folder for the two symlinks; default a new temporary folder. */
  dir?: string;
  /** Base name of the symlinks; default "dev" (→ dev-device, dev-sim). */
  name?: string;
}

/**
 * Creates a pty pair with socat (Debian package `socat`).
 *
 * Why socat rather than an openpty addon: it needs no native build, and killing it makes the
 * device path vanish exactly like an unplugged USB serial adapter, which the reconnect tests need.
 * The same paths can be created again to model a replug.
 */
export async function openPtyPair(options: PtyPairOptions = {}): Promise<PtyPair> {
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), "kiosk-pty-")));
  const name = options.name ?? "dev";
  const devicePath = join(dir, `${name}-device`);
  const simPath = join(dir, `${name}-sim`);
  const child = spawn("socat", [`pty,raw,echo=0,link=${devicePath}`, `pty,raw,echo=0,link=${simPath}`], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const spawnError = new Promise<never>((_, reject) => {
    child.once("error", (error) => {
      reject(new Error(`cannot start socat (apt-get install socat): ${error.message}`));
    });
    child.once("exit", (code) => {
      reject(new Error(`socat exited with ${String(code)}: ${stderr.trim()}`));
    });
  });
  spawnError.catch(() => undefined);
  await Promise.race([waitForPaths([devicePath, simPath], 5000), spawnError]);
  return { devicePath, simPath, close: () => stop(child, [devicePath, simPath]) };
}

async function waitForPaths(paths: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!paths.every((p) => existsSync(p))) {
    if (Date.now() > deadline) throw new Error(`pty paths did not appear: ${paths.join(", ")}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function stop(child: ChildProcess, paths: string[]): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  const deadline = Date.now() + 2000;
  while (paths.some((p) => existsSync(p)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
