import { mkdirSync } from "node:fs";
import { defaultConfig, type KioskConfig } from "../kiosk-config/config/schema";
import { catalogVersion, services } from "../kiosk-config/services";
import type { KioskEnv } from "./config/env";
import { absentDevice } from "./devices/device-monitor";
import { loadOrCreateKioskId } from "./kiosk-id";
import type { Logger } from "./log";
import { createKioskRuntime, type KioskRuntime } from "./runtime";

/** A central service started in-process when no KIOSK_CENTRAL_URL is set (architecture.md). */
export interface EmbeddedCentral {
  url: string;
  stop(): Promise<void>;
}

/** Options for booting the kiosk runtime. */
export interface BootOptions {
  env: KioskEnv;
  shell: "web" | "electron";
  /** The app's version, from package.json (web) or app.getVersion() (Electron). */
  appVersion: string;
  logger: Logger;
  /** Starts the embedded central; supplied by the composition root, which may import central/. */
  startEmbeddedCentral?: (dataDir: string) => Promise<EmbeddedCentral>;
}

/**
 * Builds the runtime from the environment: data folder, identity, config, catalog, devices and the
 * central service (remote, or embedded on SQLite in the data folder).
 */
export async function bootKiosk(
  options: BootOptions,
): Promise<{ runtime: KioskRuntime; config: KioskConfig; stop(): Promise<void> }> {
  const { env, logger } = options;
  mkdirSync(env.dataDir, { recursive: true, mode: 0o700 });
  const embedded =
    env.centralUrl === undefined && options.startEmbeddedCentral
      ? await options.startEmbeddedCentral(env.dataDir)
      : null;
  const centralUrl = env.centralUrl ?? embedded?.url ?? "http://127.0.0.1:8480";

  const runtime = createKioskRuntime({
    shell: options.shell,
    appVersion: options.appVersion,
    kioskId: loadOrCreateKioskId(env.dataDir),
    config: defaultConfig,
    configVersion: 0,
    catalog: { version: catalogVersion, services: () => services },
    central: { mode: env.centralUrl === undefined ? "embedded" : "remote", url: centralUrl },
    devices: {
      reader: absentDevice("ID-card reader driver not yet integrated"),
      printer: absentDevice("printer driver not yet integrated"),
    },
    logger,
  });
  await runtime.start();
  return {
    runtime,
    config: defaultConfig,
    async stop() {
      await runtime.stop();
      await embedded?.stop();
    },
  };
}
