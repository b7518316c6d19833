import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vi } from "vitest";
import { projectRoot } from "../../scripts/project";
import type { RunningKiosk } from "./webshell";

/** A web-shell kiosk under its supervisor (dist/kiosk/supervise.mjs), as the systemd unit runs it. */
export interface SupervisedKiosk extends RunningKiosk {
  port: number;
  /** The kiosk process the supervisor runs now; waits for one (a new one, when `other` is given). */
  kioskPid(other?: number): Promise<number>;
}

/** A port free a moment ago: the supervisor's kiosks, and its out-of-service screen, take turns on it. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

export async function startSupervised(
  env: Record<string, string> = {},
  dataDir = mkdtempSync(join(tmpdir(), "kiosk-heal-")),
): Promise<SupervisedKiosk> {
  const entry = join(projectRoot, "dist", "kiosk", "supervise.mjs");
  if (!existsSync(entry) || !existsSync(join(projectRoot, "dist", "renderer", "index.html"))) {
    throw new Error("dist/ is missing: run `npm run build` first (npm test does)");
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd: projectRoot,
    env: {
      ...process.env,
      KIOSK_PORT: String(port),
      KIOSK_DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      KIOSK_WATCHDOG_S: "3",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const pids = (): number[] => [...output.matchAll(/kiosk started \(pid (\d+)\)/g)].map((m) => Number(m[1]));
  const kioskPid = (other?: number): Promise<number> =>
    vi.waitFor(
      () => {
        const pid = pids().at(-1);
        if (pid === undefined || pid === other) throw new Error(`no new kiosk yet:\n${output}`);
        return pid;
      },
      { timeout: 60_000, interval: 50 },
    );
  await kioskPid();
  return {
    url: `http://127.0.0.1:${String(port)}/`,
    port,
    dataDir,
    child,
    output: () => output,
    kioskPid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Whether a process is still there (a zombie's parent has reaped it by the time this says no). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
