import { request } from "node:http";
import { vi } from "vitest";
import WebSocket from "ws";

/** One HTTP answer from the web shell, read whole. */
export interface Fetched {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET (or HEAD) to the web shell on 127.0.0.1 with exactly the headers given. */
export function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method: "GET" | "HEAD" = "GET",
): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path, method, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/**
 * Fetches the page as the kiosk's browser does first, and returns the door cookie it was handed
 * (`name=value`), or null when the shell handed none.
 */
export async function claimDoor(port: number, path = "/"): Promise<string | null> {
  const page = await get(port, path);
  const set = page.headers["set-cookie"]?.[0];
  return set === undefined ? null : (set.split(";")[0] ?? null);
}

/** The headers the kiosk's own page sends on its upgrade: its origin and the door cookie. */
export const pageHeaders = (port: number, cookie: string | null): Record<string, string> => ({
  origin: `http://127.0.0.1:${port}`,
  ...(cookie === null ? {} : { cookie }),
});

/** Opens a client; rejects with `refused <status>` when the shell refuses the upgrade. */
export function connect(port: number, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/kiosk`, { headers });
    ws.once("open", () => resolve(ws));
    ws.once("error", reject);
    ws.once("unexpected-response", (_req, res) => reject(new Error(`refused ${String(res.statusCode)}`)));
  });
}

/**
 * Opens the page connection once the shell has let go of the previous one: a client sees its
 * socket close a moment before the shell does, and the shell admits one page at a time.
 */
export function connectWhenFree(port: number, headers: Record<string, string>): Promise<WebSocket> {
  return vi.waitFor(() => connect(port, headers), { timeout: 5000, interval: 20 });
}

/** Closes a client and waits until it is closed. */
export function hangUp(ws: WebSocket): Promise<void> {
  if (ws.readyState === WebSocket.CLOSED) return Promise.resolve();
  const closed = new Promise<void>((resolve) => ws.once("close", () => resolve()));
  ws.close();
  return closed;
}

/** The next message from core, skipping its watchdog pings (core/webshell/api-socket.ts). */
export function next(ws: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer): void => {
      const message = JSON.parse(data.toString()) as Record<string, unknown>;
      if ("ping" in message) return;
      ws.off("message", onMessage);
      resolve(message);
    };
    ws.on("message", onMessage);
  });
}

/** The reply to one call (events that arrive meanwhile are skipped). */
export function call(
  ws: WebSocket,
  id: number,
  name: string,
  req: unknown = {},
): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer): void => {
      const message = JSON.parse(data.toString()) as Record<string, unknown>;
      if (message.id !== id) return;
      ws.off("message", onMessage);
      resolve(message);
    };
    ws.on("message", onMessage);
    ws.send(JSON.stringify({ id, call: name, request: req }));
  });
}

export async function roundTrip(ws: WebSocket, frame: string): Promise<Record<string, unknown>> {
  const reply = next(ws);
  ws.send(frame);
  return reply;
}
