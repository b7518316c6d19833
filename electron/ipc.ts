import type { IpcMain, IpcMainInvokeEvent, WebContents } from "electron";
import { callNames, errorBody } from "../core/api";
import type { KioskRuntime } from "../core/runtime";
import { type DispatchResult, dispatch } from "../core/rpc";
import { callChannel, EVENT_CHANNEL, isAppUrl } from "./channels";

/**
 * The only code that touches ipcMain. Every call of the KioskApi gets its own handler, which
 * checks the sending frame is our own renderer, then hands the payload to core's dispatcher (zod
 * request and reply checks). The runtime may still be booting: calls wait for it, and each one
 * says it needs it (`onRuntimeNeeded`), so that a runtime booted on demand starts. Returns the
 * function that unbinds everything.
 */
export function bindKioskApi(
  ipcMain: Pick<IpcMain, "handle" | "removeHandler">,
  runtime: KioskRuntime | Promise<KioskRuntime>,
  onInternalError: (call: string, error: unknown) => void,
  onRuntimeNeeded: () => void = () => undefined,
): () => void {
  const ready = Promise.resolve(runtime);
  for (const call of callNames) {
    ipcMain.handle(
      callChannel(call),
      (event: IpcMainInvokeEvent, request: unknown): Promise<DispatchResult> => {
        if (!isTrustedSender(event)) {
          return Promise.resolve({ ok: false, error: errorBody("failed", "sender is not the kiosk page") });
        }
        onRuntimeNeeded();
        return ready.then(
          (booted) => dispatch(booted.handlers, call, request, onInternalError),
          (error: unknown): DispatchResult => {
            onInternalError(call, error);
            return { ok: false, error: errorBody("failed", "the kiosk runtime did not start") };
          },
        );
      },
    );
  }
  return () => {
    for (const call of callNames) ipcMain.removeHandler(callChannel(call));
  };
}

/**
 * Forwards every core event to the kiosk page, from when the runtime is up; returns the
 * unsubscribe function, which also works before then.
 */
export function forwardEvents(
  runtime: KioskRuntime | Promise<KioskRuntime>,
  contents: Pick<WebContents, "send" | "isDestroyed">,
): () => void {
  let off: (() => void) | undefined;
  let stopped = false;
  const subscribe = (booted: KioskRuntime): void => {
    if (stopped) return;
    off = booted.events.onAny((event, payload) => {
      if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, { event, payload });
    });
  };
  // A runtime that is up already is followed at once, so that no event falls between.
  if (runtime instanceof Promise) runtime.then(subscribe, () => undefined);
  else subscribe(runtime);
  return () => {
    stopped = true;
    off?.();
  };
}

/** Electron's checklist: validate the sender of every IPC message, by its frame's URL. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, "senderFrame">): boolean {
  // Read defensively: a frame gone mid-call is null, and nothing here may throw in main.
  const url: unknown = event.senderFrame?.url;
  return typeof url === "string" && isAppUrl(url);
}
