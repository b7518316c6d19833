import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { EnvError, type KioskEnv, parseKioskEnv } from "../core/config/env";
import type * as Boot from "../core/boot";
import { bootOnDemand } from "../core/boot-on-demand";
import type { Logger } from "../core/log";
import { startWebShell } from "../core/webshell/server";
import { packageVersion, projectRoot } from "./project";

// `npm start`: the Electron shell where its binary is installed, else the web shell, saying which.
// `KIOSK_SHELL=web` forces the web shell.

/**
 * The logger, loaded once and only when first wanted: the web shell asks for it after it listens,
 * since pino and its dependencies are the largest import on the way to the first page.
 */
let logging: Promise<Logger> | undefined;
const logger = (): Promise<Logger> =>
  (logging ??= import("../core/log").then(({ createLogger }) => createLogger()));

/**
 * The Electron binary's path if it is installed. Read from the package's path.txt rather than by
 * requiring `electron`: since Electron 45 that require starts a download when the binary is
 * missing, which on these machines can only fail, slowly and loudly.
 */
function electronBinary(): string | null {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve("electron/package.json"));
    const pathFile = join(dir, "path.txt");
    if (!existsSync(pathFile)) return null;
    const binary = join(
      process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, "dist"),
      readFileSync(pathFile, "utf8").trim(),
    );
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

/**
 * Loads the runtime's code in a few steps rather than one: evaluating it all at once is a
 * quarter-second stretch in which the shell cannot answer the page. Between steps, requests that
 * arrived meanwhile are answered.
 */
async function loadBootInSteps(): Promise<typeof Boot> {
  const betweenSteps = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  await import("../kiosk-config/services");
  await betweenSteps();
  await import("../core/store");
  await betweenSteps();
  return import("../core/boot");
}

/**
 * The web shell, screen first (core/boot-on-demand.ts). The shell listens and serves the attract
 * page (prerendered, when a previous run noted it) before the runtime's code has even loaded. The
 * runtime boots when the shell first needs it: the page connects once its first frame is on
 * screen, and a first start, with nothing prerendered to serve, needs it for the page itself.
 * The embedded central starts only after the runtime serves the page (core/central-connection.ts).
 */
async function runWebShell(env: KioskEnv, why: string): Promise<void> {
  const kiosk = bootOnDemand(() =>
    loadBootInSteps().then(async ({ bootKiosk }) =>
      bootKiosk({
        env,
        shell: "web",
        appVersion: packageVersion(),
        logger: await logger(),
        startEmbeddedCentral: async (dataDir) =>
          (await import("./embedded-central")).startEmbeddedCentral(dataDir),
        restartApp: () => {
          restart();
        },
      }),
    ),
  );
  const shell = await startWebShell(
    kiosk.booted.then((booted) => booted.runtime),
    {
      port: env.port,
      rendererDir: join(projectRoot, "dist", "renderer"),
      dataDir: env.dataDir,
      logger,
      onRuntimeNeeded: kiosk.need,
    },
  ).catch((error: unknown) => {
    // Nothing to serve (the port is taken): nothing to boot either.
    kiosk.cancel();
    throw error;
  });
  process.stdout.write(`kiosk: web shell (${why}) at ${shell.url}\n`);
  const shutdown = (): void => {
    kiosk.cancel();
    void shell
      .close()
      .then(() => (kiosk.started() ? kiosk.booted.then((booted) => booted.stop()) : undefined))
      .finally(() => process.exit(0));
  };
  // The maintenance menu's "restart": under a supervisor (systemd sets INVOCATION_ID) exit and let
  // it start the app again; started by hand, start a fresh copy once this one has let go of the port.
  const restart = (): void => {
    kiosk.cancel();
    void shell
      .close()
      .then(() => (kiosk.started() ? kiosk.booted.then((booted) => booted.stop()) : undefined))
      .finally(async () => {
        if (process.env.INVOCATION_ID === undefined) {
          const { spawn } = await import("node:child_process");
          spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit" });
        }
        process.exit(process.env.INVOCATION_ID === undefined ? 0 : 75);
      });
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  // A runtime that cannot boot ends the process, loudly, as before it listened.
  await kiosk.booted;
}

try {
  const env = parseKioskEnv(process.env, process.cwd());
  const electron = env.shell === "web" ? null : electronBinary();
  const electronMain = join(projectRoot, "dist-electron", "main.cjs");

  if (electron !== null && existsSync(electronMain)) {
    process.stdout.write(`kiosk: starting the Electron shell (${electron})\n`);
    const { spawn } = await import("node:child_process");
    const child = spawn(electron, [electronMain], { stdio: "inherit" });
    child.on("exit", (code) => process.exit(code ?? 1));
  } else {
    if (env.shell === "electron") {
      process.stderr.write("kiosk: KIOSK_SHELL=electron but the Electron binary is not installed\n");
      process.exit(1);
    }
    const why = env.shell === "web" ? "KIOSK_SHELL=web" : "the Electron binary is not installed";
    await runWebShell(env, why);
  }
} catch (error) {
  if (error instanceof EnvError) {
    process.stderr.write(`kiosk: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
