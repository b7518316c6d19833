import { join } from "node:path";
import { autoUpdater } from "electron-updater";
import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, protocol, safeStorage } from "electron";
import { type BootedKiosk, bootKiosk } from "../core/boot";
import { bootOnDemand } from "../core/boot-on-demand";
import { parseKioskEnv } from "../core/config/env";
import { outOfServicePage } from "../core/heal/out-of-service-page";
import { serviceNoteOrDefaults } from "../core/heal/service-note";
import { createLogger } from "../core/log";
import { StoreError } from "../core/store/errors";
import { APP_URL } from "./channels";
import type { AppUpdatesFactory } from "../core/update/app-updates";
import { ElectronUpdates } from "../core/update/electron-updates";
import { bindKioskApi, forwardEvents } from "./ipc";
import { registerAppScheme, serveAppProtocol } from "./protocol";
import { watchRenderer } from "./renderer-watchdog";
import { safeStorageKeyProvider } from "./safe-storage-key";
import { electronUpdaterEdge } from "./updater";
import { createKioskWindow } from "./window";

/**
 * The Electron shell: lifecycle glue only. Core runs in this process exactly as under the web
 * shell; this file opens the locked-down window and binds the KioskApi to IPC.
 */
const logger = createLogger();
/** How long the out-of-service screen stays up after a failed boot before the app exits to be restarted. */
const BOOT_FAILURE_PAUSE_MS = 60_000;

if (!app.requestSingleInstanceLock()) {
  // A second copy would fight the first for the card reader and printer ports.
  app.quit();
} else {
  registerAppScheme(protocol);
  app.commandLine.appendSwitch("disable-pinch");
  app.commandLine.appendSwitch("overscroll-history-navigation", "0");
  void start();
}

/** The Electron shell's updater: electron-updater at the edge, the rules in core/update/. */
const electronAppUpdates: AppUpdatesFactory = (parts) =>
  new ElectronUpdates({
    edge: electronUpdaterEdge(autoUpdater, app),
    feedName: process.platform === "win32" ? "latest.yml" : "latest-linux.yml",
    feed: parts.feed,
    journalPath: parts.journalPath,
    installersDir: join(parts.dataDir, "installers"),
    sessions: parts.sessions,
    running: parts.running,
    logger: parts.logger,
    now: () => new Date(),
  });

async function start(): Promise<void> {
  await app.whenReady();
  // The default application menu carries accelerators (reload, DevTools, zoom) even when hidden.
  Menu.setApplicationMenu(null);
  const env = parseKioskEnv(process.env, app.getPath("userData"));
  // Screen first, as in the web shell: the window opens on the prerendered attract screen at
  // once, and the runtime boots when the page first calls (core/boot-on-demand.ts).
  // No embedded central under Electron: electron/ may import only core/ (docs/architecture.md), so a
  // packaged kiosk is pointed at its central service with KIOSK_CENTRAL_URL.
  const kiosk = bootOnDemand(() =>
    bootKiosk({
      env,
      shell: "electron",
      appVersion: app.getVersion(),
      logger,
      keyProvider: safeStorageKeyProvider(safeStorage, env.dataDir),
      // Only an installed app updates itself (an unpacked dev build has no installer to replace).
      ...(app.isPackaged ? { appUpdates: electronAppUpdates } : {}),
      // The maintenance menu's "restart": a fresh process, as after a power cycle.
      restartApp: () => {
        app.relaunch();
        app.quit();
      },
    }),
  );
  const runtime = kiosk.booted.then((booted) => booted.runtime);
  let config: BootedKiosk["config"] | null = null;
  kiosk.booted.then(
    (booted) => {
      config = booted.config;
    },
    (error: unknown) => {
      // A kiosk that cannot boot is no kiosk: say why and exit, for the supervisor (Shell Launcher's
      // RestartShell, deploy/windows) to restart it. Until then the screen says so, with the number
      // to call; the pause keeps a kiosk that fails at every start from restarting at full speed.
      // A StoreError (no OS secret store, a database from a newer app) says what to do, in plain words.
      const why = error instanceof StoreError ? `${error.messageZh} ${error.message}` : "see err";
      logger.fatal({ err: error }, `the kiosk runtime could not start: ${why}`);
      showOutOfService();
      setTimeout(() => app.exit(1), BOOT_FAILURE_PAUSE_MS);
    },
  );
  const stopNoting = serveAppProtocol(protocol, join(app.getAppPath(), "dist", "renderer"), runtime, {
    dataDir: env.dataDir,
    onRuntimeNeeded: kiosk.need,
  });
  const unbind = bindKioskApi(
    ipcMain,
    runtime,
    (call, error) => {
      logger.error({ call, err: error }, "kiosk call failed");
    },
    kiosk.need,
  );
  // Declared before the window exists: a boot failure can only be reported after it does.
  const showOutOfService = (): void => {
    const page = outOfServicePage(serviceNoteOrDefaults(env.dataDir), { probe: false });
    void win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(page)}`);
  };
  const win = createKioskWindow(BrowserWindow, {
    preloadPath: join(app.getAppPath(), "dist-electron", "preload.cjs"),
    // The report camera is the one permission config can grant; Electron calls it "media".
    guard: { allowedPermissions: () => (config?.permissions.includes("camera") ? ["media"] : []) },
  });
  const stopEvents = forwardEvents(runtime, win.webContents);
  const stopWatching = watchRenderer(win.webContents, {
    endSession: () => {
      if (!kiosk.started()) return;
      void kiosk.booted.then(
        (booted) => booted.runtime.sessions.endAny("expired"),
        () => undefined,
      );
    },
    showOutOfService,
    loadKiosk: () => void win.loadURL(APP_URL),
    log: (message, fields) => logger.warn(fields, message),
  });
  const blocker = powerSaveBlocker.start("prevent-display-sleep");

  app.on("second-instance", () => {
    win.focus();
  });
  app.on("web-contents-created", (_event, contents) => {
    // Belt and braces: any contents that appear anyway may not open windows either.
    contents.setWindowOpenHandler(() => ({ action: "deny" }));
  });
  app.on("before-quit", () => {
    kiosk.cancel();
    stopEvents();
    stopWatching();
    stopNoting();
    unbind();
    powerSaveBlocker.stop(blocker);
    if (kiosk.started()) {
      void kiosk.booted.then(
        (booted) => booted.stop(),
        () => undefined,
      );
    }
  });
}
