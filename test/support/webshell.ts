import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../../scripts/project";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";

export interface RunningKiosk {
  url: string;
  /** The kiosk's data folder (store, keys, maintenance PIN). */
  dataDir: string;
  child: ChildProcess;
  /** Everything the process printed, for assertions and failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the kiosk exactly as `npm start` does (minus the build), forced to the web shell on a
 * free port with a fresh data folder, and waits for the URL it prints.
 */
export async function startKiosk(env: Record<string, string> = {}): Promise<RunningKiosk> {
  if (!existsSync(join(projectRoot, "dist", "renderer", "index.html"))) {
    throw new Error("dist/renderer is missing: run `npm run build` first (npm test does)");
  }
  const dataDir = mkdtempSync(join(tmpdir(), "kiosk-e2e-"));
  // tsx's loader in this very process, not its CLI: the CLI stands between the test and the kiosk
  // and, when the kiosk is busy booting, answers a SIGTERM by killing it (exit 143) after 30 ms.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: projectRoot,
    env: {
      ...process.env,
      KIOSK_SHELL: "web",
      KIOSK_PORT: "0",
      KIOSK_DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kiosk did not start:\n${output}`)), 30_000);
    const check = (): void => {
      const match = /web shell .* at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`kiosk exited with ${String(code)}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    child,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
