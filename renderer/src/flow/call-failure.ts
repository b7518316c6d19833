import type { Message } from "../../../core/api";

/** Why a call to the kiosk failed, as far as the page can tell from what it threw. */
export interface CallFailure {
  /** A KioskErrorCode, "disconnected" (the web shell lost its socket), or null for anything else. */
  code: string | null;
  /** Core's plain words for the resident; null when none came (the page then says it generally). */
  text: Message | null;
}

const isMessage = (value: unknown): value is Message =>
  typeof value === "object" &&
  value !== null &&
  "zh-CN" in value &&
  "en" in value &&
  typeof value["zh-CN"] === "string" &&
  typeof value.en === "string";

/**
 * Reads the code and the resident's words off a rejected kiosk call. Both shells reject with an
 * Error carrying `code` and `text` (the web client's KioskError, the preload's KioskCallError);
 * anything else, e.g. a bug in the page, is a failure without words of its own.
 */
export function callFailure(error: unknown): CallFailure {
  if (!(error instanceof Error) || !("code" in error) || typeof error.code !== "string") {
    return { code: null, text: null };
  }
  const text = "text" in error && isMessage(error.text) ? error.text : null;
  return { code: error.code, text };
}
