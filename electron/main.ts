import { join } from "node:path";
import { app, BrowserWindow, ipcMain, powerSaveBlocker, protocol, safeStorage } from "electron";
import { bootKiosk } from "../core/boot";
import { parseKioskEnv } from "../core/config/env";
import { createLogger } from "../core/log";
import { bindKioskApi, forwardEvents } from "./ipc";
import { registerAppScheme, serveAppProtocol } from "./protocol";
import { safeStorageKeyProvider } from "./safe-storage-key";
import { createKioskWindow } from "./window";

/**
 * The Electron shell: lifecycle glue only. Core runs in this process exactly as under the web
 * shell; this file opens the locked-down window and binds the KioskApi to IPC.
 */
const logger = createLogger();

if (!app.requestSingleInstanceLock()) {
  // A second copy would fight the first for the card reader and printer ports.
  app.quit();
} else {
  registerAppScheme(protocol);
  app.commandLine.appendSwitch("disable-pinch");
  app.commandLine.appendSwitch("overscroll-history-navigation", "0");
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();
  const env = parseKioskEnv(process.env, app.getPath("userData"));
  // No embedded central under Electron: electron/ may import only core/ (architecture.md), so a
  // packaged kiosk is pointed at its central service with KIOSK_CENTRAL_URL.
  const kiosk = await bootKiosk({
    env,
    shell: "electron",
    appVersion: app.getVersion(),
    logger,
    keyProvider: safeStorageKeyProvider(safeStorage, env.dataDir),
  });
  serveAppProtocol(protocol, join(app.getAppPath(), "dist", "renderer"), kiosk.runtime);
  const unbind = bindKioskApi(ipcMain, kiosk.runtime, (call, error) => {
    logger.error({ call, err: error }, "kiosk call failed");
  });
  const win = createKioskWindow(BrowserWindow, {
    preloadPath: join(app.getAppPath(), "dist-electron", "preload.cjs"),
    // The report camera is the one permission config can grant; Electron calls it "media".
    guard: { allowedPermissions: kiosk.config.permissions.includes("camera") ? ["media"] : [] },
  });
  const stopEvents = forwardEvents(kiosk.runtime, win.webContents);
  const blocker = powerSaveBlocker.start("prevent-display-sleep");

  app.on("second-instance", () => {
    win.focus();
  });
  app.on("web-contents-created", (_event, contents) => {
    // Belt and braces: any contents that appear anyway may not open windows either.
    contents.setWindowOpenHandler(() => ({ action: "deny" }));
  });
  app.on("before-quit", () => {
    stopEvents();
    unbind();
    powerSaveBlocker.stop(blocker);
    void kiosk.stop();
  });
}
