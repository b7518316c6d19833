import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { EnvError, parseKioskEnv } from "../core/config/env";
import { createLogger } from "../core/log";
import type * as Boot from "../core/boot";
import type { KioskRuntime } from "../core/runtime";
import { startWebShell } from "../core/webshell/server";
import { packageVersion, projectRoot } from "./project";

/**
 * `npm start`: the Electron shell where its binary is installed, else the web shell, saying which.
 * `KIOSK_SHELL=web` forces the web shell.
 */
const logger = createLogger();

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

try {
  const env = parseKioskEnv(process.env, process.cwd());
  const electron = env.shell === "web" ? null : electronBinary();
  const electronMain = join(projectRoot, "dist-electron", "main.cjs");

  if (electron !== null && existsSync(electronMain)) {
    process.stdout.write(`kiosk: starting the Electron shell (${electron})\n`);
    const child = spawn(electron, [electronMain], { stdio: "inherit" });
    child.on("exit", (code) => process.exit(code ?? 1));
  } else {
    if (env.shell === "electron") {
      process.stderr.write("kiosk: KIOSK_SHELL=electron but the Electron binary is not installed\n");
      process.exit(1);
    }
    const why = env.shell === "web" ? "KIOSK_SHELL=web" : "the Electron binary is not installed";
    // Listen first, then boot: the page's files load while the store and devices start, and its
    // first calls wait for the runtime. The embedded central starts only after the runtime
    // serves the page (core/central-connection.ts).
    let runtimeFrom: (booted: Promise<KioskRuntime>) => void = () => undefined;
    const shell = await startWebShell(new Promise<KioskRuntime>((resolve) => (runtimeFrom = resolve)), {
      port: env.port,
      rendererDir: join(projectRoot, "dist", "renderer"),
      dataDir: env.dataDir,
      logger,
    });
    process.stdout.write(`kiosk: web shell (${why}) at ${shell.url}\n`);
    const booting = loadBootInSteps().then(({ bootKiosk }) =>
      bootKiosk({
        env,
        shell: "web",
        appVersion: packageVersion(),
        logger,
        startEmbeddedCentral: async (dataDir) =>
          (await import("./embedded-central")).startEmbeddedCentral(dataDir),
      }),
    );
    runtimeFrom(booting.then((booted) => booted.runtime));
    const kiosk = await booting;
    const shutdown = (): void => {
      void shell
        .close()
        .then(() => kiosk.stop())
        .finally(() => process.exit(0));
    };
    process.once("SIGINT", shutdown);
    process.once("SIGTERM", shutdown);
  }
} catch (error) {
  if (error instanceof EnvError) {
    process.stderr.write(`kiosk: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
