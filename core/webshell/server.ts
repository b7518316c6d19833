import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { type RawData, WebSocketServer, type WebSocket } from "ws";
import type { KioskRuntime } from "../runtime";
import type { Logger } from "../log";
import { dispatch } from "../rpc";
import { type EventMessage, parseCallMessage, type ReplyMessage } from "./messages";
import { serveStatic } from "./static-files";

/** Options for the web shell. */
export interface WebShellOptions {
  /** Port on 127.0.0.1; default 5170, 0 picks a free one. */
  port?: number;
  /** Folder of the built renderer (dist/renderer). */
  rendererDir: string;
  logger: Logger;
}

export interface WebShell {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** A frame larger than this is refused before parsing; photos go through their own calls. */
const MAX_MESSAGE_BYTES = 1024 * 1024;
const WS_PATH = "/kiosk";

/**
 * The web shell: serves the built renderer and carries the KioskApi over a WebSocket, on loopback
 * only. Used in development, CI and Chromium-kiosk deployments; the page sees the same
 * window.kiosk as under Electron.
 */
export async function startWebShell(
  runtime: KioskRuntime | Promise<KioskRuntime>,
  options: WebShellOptions,
): Promise<WebShell> {
  // The shell may listen before the runtime has booted: the page's files load meanwhile, and its
  // first calls wait for the runtime instead of failing.
  const ready = Promise.resolve(runtime);
  const { logger } = options;
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (!isLoopbackHost(req.headers.host, port())) {
      res.writeHead(421, { "content-type": "text/plain" }).end("wrong host");
      return;
    }
    void serveStatic(options.rendererDir, req.url ?? "/", res);
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const port = (): number => (server.address() as AddressInfo | null)?.port ?? 0;

  server.on("upgrade", (req, socket, head) => {
    const refusal = upgradeRefusal(req, port());
    if (refusal !== null) {
      logger.warn({ origin: req.headers.origin, host: req.headers.host }, `websocket refused: ${refusal}`);
      socket.end(`HTTP/1.1 403 Forbidden\r\ncontent-type: text/plain\r\n\r\n${refusal}`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      serveClient(ws);
    });
  });

  function serveClient(ws: WebSocket): void {
    const send = (message: ReplyMessage | EventMessage): void => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    };
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
        send({
          id: null,
          ok: false,
          error: { code: "malformed", message: "binary frames are not accepted" },
        });
        return;
      }
      const parsed = parseCallMessage(rawToString(data));
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
      offEvents();
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 5170, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });

  return {
    url: `http://127.0.0.1:${port()}/`,
    port: port(),
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function rawToString(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString("utf8");
  if (Array.isArray(data)) return Buffer.concat(data).toString("utf8");
  return Buffer.from(data).toString("utf8");
}

function isLoopbackHost(host: string | undefined, port: number): boolean {
  // Checking Host defeats DNS rebinding: a page from evil.example resolved to 127.0.0.1 still
  // sends its own name.
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Why an upgrade is refused, or null to accept: wrong path, foreign host, or foreign origin. */
export function upgradeRefusal(req: IncomingMessage, port: number): string | null {
  if ((req.url ?? "").split("?")[0] !== WS_PATH) return "unknown path";
  if (!isLoopbackHost(req.headers.host, port)) return "host is not loopback";
  const origin = req.headers.origin;
  // Browsers always send Origin on a WebSocket upgrade; tools on this machine may not. Any origin
  // that is sent must be our own page.
  if (
    origin !== undefined &&
    origin !== `http://127.0.0.1:${port}` &&
    origin !== `http://localhost:${port}`
  ) {
    return "cross-origin upgrade";
  }
  return null;
}
