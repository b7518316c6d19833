// First, before any other module allocates: see the file.
import "./small-young-heap";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { EnvError, type KioskEnv, parseKioskEnv } from "../core/config/env";
import type * as Boot from "../core/boot";
import { bootOnDemand } from "../core/boot-on-demand";
import { answerWatchdog } from "../core/heal/watchdog-messages";
import type { Logger } from "../core/log";
import { RESTART_EXIT_CODE } from "../core/update/restart";
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
  // Ends the kiosk: 0 when asked to stop, RESTART_EXIT_CODE when an app update switched versions
  // (the supervisor starts `current` again). Set once the shell listens.
  let shutdown = (code: number): void => {
    process.exit(code);
  };
  // The maintenance menu's restart; set once the shell listens, like shutdown.
  let restart = (): void => {
    shutdown(RESTART_EXIT_CODE);
  };
  const kiosk = bootOnDemand(() =>
    loadBootInSteps().then(async ({ bootKiosk }) =>
      bootKiosk({
        env,
        shell: "web",
        appVersion: packageVersion(),
        logger: await logger(),
        startEmbeddedCentral: async (dataDir, signal) =>
          (await import("./embedded-central")).startEmbeddedCentral(dataDir, signal),
        appUpdates: (await import("./web-updates")).webShellUpdates(env, () => {
          shutdown(RESTART_EXIT_CODE);
        }),
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
      ...(env.pageWatchdogSeconds === undefined
        ? {}
        : {
            pageWatchdog: {
              pingMs: (env.pageWatchdogSeconds * 1000) / 3,
              silentAfterMs: env.pageWatchdogSeconds * 1000,
            },
          }),
    },
  ).catch((error: unknown) => {
    // Nothing to serve (the port is taken): nothing to boot either.
    kiosk.cancel();
    throw error;
  });
  shutdown = (code: number): void => {
    kiosk.cancel();
    void shell
      .close()
      .then(() => (kiosk.started() ? kiosk.booted.then((booted) => booted.stop()) : undefined))
      .finally(() => process.exit(code));
  };
  // The maintenance menu's "restart": under a supervisor (scripts/supervise.ts, or systemd, which
  // sets INVOCATION_ID) exit and let it start the app again; started by hand, start a fresh copy
  // once this one has let go of the port.
  restart = (): void => {
    if (process.send !== undefined || process.env.INVOCATION_ID !== undefined) {
      shutdown(RESTART_EXIT_CODE);
      return;
    }
    kiosk.cancel();
    void shell
      .close()
      .then(() => (kiosk.started() ? kiosk.booted.then((booted) => booted.stop()) : undefined))
      .finally(async () => {
        const { spawn } = await import("node:child_process");
        spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
          stdio: "inherit",
          detached: true,
        });
        process.exit(0);
      });
  };
  process.once("SIGINT", () => {
    shutdown(0);
  });
  process.once("SIGTERM", () => {
    shutdown(0);
  });
  // Under scripts/supervise.ts: answer its heartbeat, and stop if it is gone.
  answerWatchdog(process, () => {
    shutdown(0);
  });
  // Said only once a stop is handled: whoever reads this line (a test, a supervisor) may send
  // SIGTERM at once, and a signal before the handlers would end the process uncleanly.
  process.stdout.write(`kiosk: web shell (${why}) at ${shell.url}\n`);
  // A runtime that cannot boot ends the process, loudly, as before it listened.
  const booted = await kiosk.booted;
  // Loaded only now: it brings the kiosk config's schema, which the shell needs nothing of
  // before it listens.
  const { writeServiceNote } = await import("../core/heal/service-note");
  const noteService = (): void => {
    try {
      writeServiceNote(env.dataDir, {
        kioskId: booted.runtime.status().kioskId,
        kioskName: booted.config.kioskName,
        helpPhone: booted.config.helpPhone,
      });
    } catch (error) {
      void logger().then((log) => log.warn({ err: error }, "the out-of-service note could not be written"));
    }
  };
  // What the out-of-service screen will say if this kiosk later cannot start
  // (core/heal/service-note.ts). Enrolling may give the kiosk its fleet id: noted again once
  // central has been tried.
  noteService();
  void booted.centralSettled.then(noteService);
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
