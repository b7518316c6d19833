import * as z from "zod";
import { errorBody, type KioskErrorBody } from "../api";

/**
 * The web shell's wire format over the WebSocket: the page sends calls, core answers each with
 * the same id, and pushes events. JSON, one message per frame.
 */
export const CallMessage = z.object({
  id: z.union([z.number().int(), z.string().max(64)]),
  call: z.string().max(100),
  request: z.unknown().optional(),
});

export type ReplyMessage =
  | { id: number | string | null; ok: true; result: unknown }
  | { id: number | string | null; ok: false; error: KioskErrorBody };

export interface EventMessage {
  event: string;
  payload: unknown;
}

/** Parses one raw frame; a frame that is not a call message gets an error reply, never a throw. */
export function parseCallMessage(
  raw: string,
): { ok: true; message: z.infer<typeof CallMessage> } | { ok: false; reply: ReplyMessage } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return {
      ok: false,
      reply: { id: null, ok: false, error: errorBody("malformed", "message is not valid JSON") },
    };
  }
  const parsed = CallMessage.safeParse(json);
  if (!parsed.success) {
    const id = typeof json === "object" && json !== null && "id" in json ? idOf(json.id) : null;
    return {
      ok: false,
      reply: { id, ok: false, error: errorBody("malformed", 'expected {"id", "call", "request"}') },
    };
  }
  return { ok: true, message: parsed.data };
}

const idOf = (value: unknown): number | string | null =>
  typeof value === "number" || (typeof value === "string" && value.length <= 64) ? value : null;

/**
 * The page watchdog: core pings the page, and the page's main thread answers with the same number.
 * The socket itself lives in a worker (renderer/src/kiosk/socket-worker.ts), which would keep
 * a socket open for a page whose main thread is stuck; the answer comes from the main thread.
 */
export interface PingMessage {
  ping: number;
}
const PongMessage = z.object({ pong: z.number().int() }).strict();

/** Whether a raw frame is the page's answer to a ping (checked before a frame is read as a call). */
export function isPong(raw: string): boolean {
  if (!raw.startsWith('{"pong":')) return false;
  try {
    return PongMessage.safeParse(JSON.parse(raw)).success;
  } catch {
    return false;
  }
}
