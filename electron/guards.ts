import type { Session, WebContents } from "electron";
import { isAppUrl } from "./channels";

/** Options for locking down a kiosk window's contents. */
export interface GuardOptions {
  /**
   * Permissions the page may receive (from config: "media" for the report camera), or how to read
   * them at each request (the window opens before the config is loaded).
   */
  allowedPermissions: readonly string[] | (() => readonly string[]);
  /** Whether DevTools may stay open (never in packaged builds); default false. */
  allowDevTools?: boolean;
}

type Contents = Pick<
  WebContents,
  "on" | "setWindowOpenHandler" | "setVisualZoomLevelLimits" | "closeDevTools"
>;

/**
 * Applies the kiosk's lockdown to one webContents: no new windows, no navigation away from our own
 * origin, no context menu, no pinch zoom, no DevTools, no webviews. A renderer that dies or hangs
 * is renderer-watchdog.ts's business: it also ends the resident's session.
 */
export function guardContents(contents: Contents, options: GuardOptions): void {
  contents.setWindowOpenHandler(() => ({ action: "deny" }));
  const blockForeign = (event: { preventDefault: () => void }, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on("will-navigate", blockForeign);
  contents.on("will-redirect", blockForeign);
  contents.on("will-frame-navigate", (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on("will-attach-webview", (event) => {
    event.preventDefault();
  });
  contents.on("context-menu", (event) => {
    event.preventDefault();
  });
  contents.on("before-input-event", (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
  if (!options.allowDevTools) {
    contents.on("devtools-opened", () => {
      contents.closeDevTools();
    });
  }
  void contents.setVisualZoomLevelLimits(1, 1);
}

/** Denies every permission request and check except those config names. */
export function guardPermissions(
  session: Pick<Session, "setPermissionRequestHandler" | "setPermissionCheckHandler">,
  options: GuardOptions,
): void {
  // Read at each request: the config that names them may arrive after the window opened.
  const allowed = (permission: string): boolean => {
    const names = options.allowedPermissions;
    return (typeof names === "function" ? names() : names).includes(permission);
  };
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(allowed(permission) && isAppUrl(details.requestingUrl) && isAppUrl(contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    return allowed(permission) && isAppUrl(details.requestingUrl ?? requestingOrigin);
  });
}

/**
 * Every accelerator: DevTools, reload, zoom, print, find, view-source, tab and window keys, and
 * the media/browser keys a USB keyboard may have. A kiosk has no keyboard shortcuts of its own, so
 * any key with Ctrl, Cmd or Alt, and every function key, is blocked; plain typing (a technician's
 * keyboard, a barcode scanner) goes through.
 */
export function isBlockedShortcut(input: {
  key: string;
  control: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
}): boolean {
  const key = input.key.toLowerCase();
  if (input.control || input.meta || input.alt) return true;
  if (/^f\d{1,2}$/.test(key)) return true;
  return key.startsWith("browser") || key.startsWith("launch") || key === "contextmenu" || key === "print";
}
