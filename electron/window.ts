import type { BrowserWindow, BrowserWindowConstructorOptions } from "electron";
import { APP_URL } from "./channels";
import { type GuardOptions, guardContents, guardPermissions } from "./guards";

/** The kiosk window's web preferences: every security switch set explicitly, never defaulted. */
export function kioskWebPreferences(
  preloadPath: string,
): NonNullable<BrowserWindowConstructorOptions["webPreferences"]> {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    devTools: false,
    navigateOnDragDrop: false,
    autoplayPolicy: "user-gesture-required",
    disableDialogs: true,
    enableWebSQL: false,
  };
}

/** Creates the fullscreen kiosk window, locks it down and loads our own renderer. */
export function createKioskWindow(
  BrowserWindowClass: new (options: BrowserWindowConstructorOptions) => BrowserWindow,
  options: { preloadPath: string; guard: GuardOptions },
): BrowserWindow {
  const win = new BrowserWindowClass({
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: "#f2f5f9",
    show: false,
    webPreferences: kioskWebPreferences(options.preloadPath),
  });
  // No menu bar, and no menu whose accelerators (Ctrl+R, Ctrl+Shift+I…) would still fire.
  win.removeMenu();
  guardContents(win.webContents, options.guard);
  guardPermissions(win.webContents.session, options.guard);
  win.once("ready-to-show", () => {
    win.show();
  });
  void win.loadURL(APP_URL);
  return win;
}
