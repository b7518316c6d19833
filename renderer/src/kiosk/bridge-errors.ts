import type { KioskApi, KioskErrorBody, Message } from "../../../core/api";
import { KioskError } from "./web-client";

/**
 * The preload's marker for an error body carried in a message (electron/bridge-error.ts holds the
 * other copy; the page may not import core's values, and a test keeps the two equal).
 */
export const BRIDGE_ERROR_PREFIX = "kiosk-error:";

const isMessage = (value: unknown): value is Message =>
  typeof value === "object" &&
  value !== null &&
  "zh-CN" in value &&
  "en" in value &&
  typeof value["zh-CN"] === "string" &&
  typeof value.en === "string";

/** The coded error carried in a bridged error's message, or the error as it came. */
export function restoredError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const at = error.message.indexOf(BRIDGE_ERROR_PREFIX);
  if (at < 0) return error;
  let carried: unknown;
  try {
    carried = JSON.parse(error.message.slice(at + BRIDGE_ERROR_PREFIX.length));
  } catch {
    return error;
  }
  if (typeof carried !== "object" || carried === null || !("code" in carried)) return error;
  const { code } = carried;
  if (typeof code !== "string") return error;
  const message = "message" in carried && typeof carried.message === "string" ? carried.message : code;
  const text = "text" in carried && isMessage(carried.text) ? carried.text : null;
  // The code came from our own preload; the page treats an unknown one like any failure.
  return new KioskError(code as KioskErrorBody["code"], message, text);
}

/**
 * Electron's window.kiosk with its errors made whole again: contextBridge rebuilds a rejected
 * Error from its message only, so each call's rejection is read back into a KioskError with its
 * code and the resident's words, exactly as the web shell's client rejects.
 */
export function restoreBridgeErrors(bridged: KioskApi): KioskApi {
  const restored: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(bridged)) {
    restored[name] =
      name === "on" || typeof value !== "function"
        ? value
        : (request: unknown) =>
            (value as (request: unknown) => Promise<unknown>)(request).catch((error: unknown) => {
              throw restoredError(error);
            });
  }
  return restored as KioskApi;
}
