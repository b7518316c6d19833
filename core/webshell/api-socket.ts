import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type RawData, WebSocketServer, type WebSocket } from "ws";
import { errorBody } from "../api";
import type { Logger } from "../log";
import { dispatch } from "../rpc";
import type { KioskRuntime } from "../runtime";
import { type EventMessage, isPong, parseCallMessage, type PingMessage, type ReplyMessage } from "./messages";

/** A frame larger than this is refused before parsing; photos go through their own calls. */
const MAX_MESSAGE_BYTES = 1024 * 1024;

/** How core watches its page: a ping this often, and a page silent this long is cut off. */
export interface PageWatchdog {
  pingMs: number;
  silentAfterMs: number;
}
export const DEFAULT_PAGE_WATCHDOG: PageWatchdog = { pingMs: 5000, silentAfterMs: 15_000 };

/** The KioskApi over WebSockets: upgrades the web shell has already checked, and their clients. */
export interface ApiSockets {
  accept(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Since when no page has been connected (ms epoch), or null while one is. */
  pageAbsentSince(): number | null;
  close(): void;
}

/**
 * Carries calls to the runtime and its events back. The runtime may still be booting: calls wait
 * for it instead of failing. Whatever a client sends, it gets a reply or is disconnected; nothing
 * it sends can throw here.
 *
 * One page connection at a time: a second one is refused while the first is open, so the page
 * that holds the connection owns the resident's session (core has at most one) and is the only
 * one to hear its events (a card read, the holder's name). When that connection ends, its
 * session ends with it and is wiped: a later connection, even a reload of the same page, cannot
 * see or drive it.
 *
 * A page that stops answering core's pings (its main thread hung; a crashed renderer's socket can
 * also linger) is cut off the same way, so a resident's identity never outlives a page that
 * cannot show it or end it. The page reloads itself when it can (renderer/src/kiosk/reload-when-served.ts).
 */
export function createApiSockets(
  ready: Promise<KioskRuntime>,
  logger: Logger,
  watchdog: PageWatchdog = DEFAULT_PAGE_WATCHDOG,
): ApiSockets {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  /** The raw socket of the page connection (open, or still upgrading), if there is one. */
  let holder: Duplex | null = null;
  let absentSince: number | null = Date.now();

  function serveClient(ws: WebSocket): void {
    const send = (message: ReplyMessage | EventMessage | PingMessage): void => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    };
    let lastAnswer = Date.now();
    let pings = 0;
    const pinging = setInterval(() => {
      if (Date.now() - lastAnswer > watchdog.silentAfterMs) {
        logger.warn("the page stopped answering its pings: ending its connection and its session");
        clearInterval(pinging);
        ws.terminate();
        return;
      }
      pings += 1;
      send({ ping: pings });
    }, watchdog.pingMs);
    let offEvents = (): void => undefined;
    let closed = false;
    void ready.then((booted) => {
      if (closed) return;
      offEvents = booted.events.onAny((event, payload) => {
        send({ event, payload });
      });
    });
    ws.on("message", (data, isBinary) => {
      if (isBinary) {
        send({ id: null, ok: false, error: errorBody("malformed", "binary frames are not accepted") });
        return;
      }
      // Anything the page sends comes from its main thread, so it answers for it as a pong does.
      lastAnswer = Date.now();
      const text = rawToString(data);
      if (isPong(text)) return;
      const parsed = parseCallMessage(text);
      if (!parsed.ok) {
        send(parsed.reply);
        return;
      }
      const { id, call, request } = parsed.message;
      void ready
        .then((booted) =>
          dispatch(booted.handlers, call, request, (name, error) => {
            logger.error({ call: name, err: error }, "kiosk call failed");
          }),
        )
        .then((result) => {
          send({ id, ...result });
        });
    });
    // An oversized frame closes the socket (ws enforces maxPayload); the page reconnects.
    ws.on("error", (error) => {
      logger.warn({ err: error }, "websocket client error");
    });
    ws.on("close", () => {
      closed = true;
      clearInterval(pinging);
      offEvents();
      // The page is gone (closed, reloaded, crashed): so is the resident's session it held.
      void ready.then(
        (booted) => booted.sessions.endAny("expired"),
        () => undefined,
      );
    });
  }

  return {
    accept(req, socket, head) {
      if (holder !== null) {
        socket.end("HTTP/1.1 409 Conflict\r\ncontent-type: text/plain\r\n\r\nanother page is connected");
        return;
      }
      // Held from the upgrade on, and released when the connection ends however it ends (an
      // upgrade that fails never reaches serveClient, but its socket still closes).
      holder = socket;
      absentSince = null;
      socket.once("close", () => {
        if (holder !== socket) return;
        holder = null;
        absentSince = Date.now();
      });
      wss.handleUpgrade(req, socket, head, serveClient);
    },
    pageAbsentSince: () => absentSince,
    close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}

function rawToString(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString("utf8");
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  return Buffer.from(data).toString("utf8");
}
