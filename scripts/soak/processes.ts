import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { projectRoot } from "../project";

/** A child process the soak started, with what it printed. */
export interface Started {
  child: ChildProcess;
  url: string;
  output(): string;
  stop(): Promise<void>;
}

const tsx = join(projectRoot, "node_modules", ".bin", "tsx");

/** Spawns `command` and waits until its output matches `ready` (group 1 = its URL). */
function startAndWait(
  command: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  ipc = false,
): Promise<Started> {
  const child = spawn(command, args, {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ipc ? ["ignore", "pipe", "pipe", "ipc"] : ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve();
        return;
      }
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command} did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = ready.exec(output)?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve({ child, url, output: () => output, stop });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${String(code)}:\n${output}`));
    });
  });
}

/**
 * The reference central service as an operator runs it (`npm run central`), on a throwaway
 * database. The soak uses a standalone central rather than the embedded one because a third of its
 * sessions are queries for a new synthetic resident each time: the per-kiosk limit on distinct
 * residents (CENTRAL_QUERY_LIMIT) is raised here, as a site doing a thousand queries would.
 */
export async function startCentral(): Promise<Started & { db: string }> {
  const dir = mkdtempSync(join(tmpdir(), "soak-central-"));
  const db = join(dir, "central.db");
  const started = await startAndWait(
    tsx,
    ["scripts/central.ts"],
    { CENTRAL_DB: db, CENTRAL_PORT: "0", CENTRAL_LOG_LEVEL: "warn", CENTRAL_QUERY_LIMIT: "100000" },
    /listening on (http:\/\/\S+)/,
  );
  return { ...started, db };
}

/** Runs `npm run --silent fleet -- …` against `db` and returns its stdout. */
async function fleet(db: string, args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(tsx, ["scripts/fleet.ts", ...args], {
    cwd: projectRoot,
    env: { ...process.env, CENTRAL_DB: db },
  });
  return stdout;
}

/**
 * Prepares `dataDir` for a kiosk to enroll with `central` the way an operator sets one up: the
 * central's public config key (`fleet export-config-key`) in the data folder, and the variables
 * with an enrollment code for the kiosk's first start.
 */
export async function enrollKioskWith(
  central: { url: string; db: string },
  dataDir: string,
): Promise<{ KIOSK_CENTRAL_URL: string; KIOSK_ENROLLMENT_CODE: string }> {
  writeFileSync(join(dataDir, "trusted-config-keys.json"), await fleet(central.db, ["export-config-key"]));
  const code = (await fleet(central.db, ["enrollment-code"])).trim();
  return { KIOSK_CENTRAL_URL: central.url, KIOSK_ENROLLMENT_CODE: code };
}

/**
 * The built kiosk (`node dist/kiosk/start.mjs`, as `npm start` runs it) in the web shell, enrolled
 * with `central` the way an operator sets one up: an enrollment code and the central's public
 * config key (`fleet export-config-key`) in the data folder. `--expose-gc` and the probe let the
 * soak read the process's live heap and handles over an IPC channel (scripts/soak/probe.mjs).
 */
export async function startKiosk(central: {
  url: string;
  db: string;
}): Promise<Started & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), "soak-kiosk-"));
  const enrollment = await enrollKioskWith(central, dataDir);
  const started = await startAndWait(
    process.execPath,
    ["--expose-gc", "--import", join(projectRoot, "scripts", "soak", "probe.mjs"), "dist/kiosk/start.mjs"],
    {
      KIOSK_SHELL: "web",
      KIOSK_PORT: "0",
      KIOSK_DATA_DIR: dataDir,
      ...enrollment,
      LOG_LEVEL: "warn",
    },
    /web shell .* at (http:\/\/127\.0\.0\.1:\d+\/)/,
    true,
  );
  return { ...started, dataDir };
}
