import { spawn } from "node:child_process";
import { copyFileSync } from "node:fs";
import type { AppUpdater } from "electron-updater";
import type { UpdaterEdge } from "../core/update/electron-updates";

/**
 * electron-updater's autoUpdater as core/update/electron-updates.ts uses it: the Electron edge of
 * the kiosk's updates. electron-updater reads the feed, downloads in the background and checks
 * the sha512 the feed lists (it refuses a file that differs); core decides when to install.
 */
export function electronUpdaterEdge(
  updater: AppUpdater,
  app: { quit(): void; relaunch(): void },
): UpdaterEdge {
  updater.autoDownload = true;
  // Never on quit: a kiosk quits for many reasons, some of them during a resident's session.
  updater.autoInstallOnAppQuit = false;
  updater.allowDowngrade = false;
  return {
    configure({ url, headers }) {
      updater.setFeedURL({ provider: "generic", url, channel: "latest" });
      updater.requestHeaders = headers;
    },
    async download() {
      const result = await updater.checkForUpdates();
      if (result === null || !result.isUpdateAvailable || !result.downloadPromise) return undefined;
      const [file] = await result.downloadPromise;
      return file === undefined ? undefined : { version: result.updateInfo.version, file };
    },
    install() {
      // Silent, and the app starts again when the installer is done.
      updater.quitAndInstall(true, true);
    },
    runInstaller(file) {
      if (process.platform === "win32") {
        // The NSIS installer of the previous version, silently; it starts the app when done.
        spawn(file, ["/S", "--force-run"], { detached: true, stdio: "ignore" }).unref();
        app.quit();
        return;
      }
      // An AppImage is the app: put the previous one back in place of the running file.
      const running = process.env.APPIMAGE;
      if (running !== undefined) copyFileSync(file, running);
      app.relaunch();
      app.quit();
    },
  };
}
