import type { IpcMain, IpcMainInvokeEvent, WebContents } from "electron";
import { callNames } from "../core/api";
import type { KioskRuntime } from "../core/runtime";
import { type DispatchResult, dispatch } from "../core/rpc";
import { callChannel, EVENT_CHANNEL, isAppUrl } from "./channels";

/**
 * The only code that touches ipcMain. Every call of the KioskApi gets its own handler, which
 * checks the sending frame is our own renderer, then hands the payload to core's dispatcher (zod
 * request and reply checks). Returns the function that unbinds everything.
 */
export function bindKioskApi(
  ipcMain: Pick<IpcMain, "handle" | "removeHandler">,
  runtime: KioskRuntime,
  onInternalError: (call: string, error: unknown) => void,
): () => void {
  for (const call of callNames) {
    ipcMain.handle(
      callChannel(call),
      (event: IpcMainInvokeEvent, request: unknown): Promise<DispatchResult> => {
        if (!isTrustedSender(event)) {
          return Promise.resolve({
            ok: false,
            error: { code: "failed", message: "sender is not the kiosk page" },
          });
        }
        return dispatch(runtime.handlers, call, request, onInternalError);
      },
    );
  }
  return () => {
    for (const call of callNames) ipcMain.removeHandler(callChannel(call));
  };
}

/** Forwards every core event to the kiosk page; returns the unsubscribe function. */
export function forwardEvents(
  runtime: KioskRuntime,
  contents: Pick<WebContents, "send" | "isDestroyed">,
): () => void {
  return runtime.events.onAny((event, payload) => {
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, { event, payload });
  });
}

/** Electron's checklist: validate the sender of every IPC message, by its frame's URL. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, "senderFrame">): boolean {
  const frame = event.senderFrame;
  return frame !== null && isAppUrl(frame.url);
}
