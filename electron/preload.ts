import { contextBridge, type IpcRendererEvent, ipcRenderer } from "electron";
import {
  type CallName,
  callNames,
  type EventName,
  type EventPayload,
  type KioskApi,
} from "../core/api";
import type { DispatchResult } from "../core/rpc";
import { bridgeError } from "./bridge-error";
import { callChannel, EVENT_CHANNEL } from "./channels";

/**
 * Exposes window.kiosk — the typed KioskApi and nothing else. The page never sees ipcRenderer:
 * each call is a named function, and event listeners receive only the payload (Electron's event
 * object, which carries the sender, is stripped).
 */
async function invoke(call: CallName, request: unknown): Promise<unknown> {
  const reply = (await ipcRenderer.invoke(callChannel(call), request)) as DispatchResult;
  if (reply.ok) return reply.result;
  throw bridgeError(reply.error);
}

function on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  const handler = (_event: IpcRendererEvent, message: { event: string; payload: unknown }): void => {
    if (message.event === event) listener(message.payload as EventPayload<E>);
  };
  ipcRenderer.on(EVENT_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  };
}

export function buildPreloadApi(): KioskApi {
  const calls = Object.fromEntries(
    callNames.map((call) => [call, (request: unknown) => invoke(call, request ?? {})]),
  );
  return { ...calls, on } as KioskApi;
}

contextBridge.exposeInMainWorld("kiosk", buildPreloadApi());
