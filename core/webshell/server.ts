import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname } from "node:path";
import type { Logger } from "../log";
import type { KioskRuntime } from "../runtime";
import type { ApiSockets, PageWatchdog } from "./api-socket";
import { createDoor, type Door } from "./door";
import type { AttractPages } from "./prerendered-attract";
import { serveStatic } from "./static-files";

/** Options for the web shell. */
export interface WebShellOptions {
  /** Port on 127.0.0.1; default 5170, 0 picks a free one. */
  port?: number;
  /** Folder of the built renderer (dist/renderer). */
  rendererDir: string;
  /** The kiosk's data folder, where the attract page's digest is noted for the next start. */
  dataDir?: string;
  /** A logger, or how to load one: the shell loads it once it listens (pino is no small import). */
  logger: Logger | (() => Promise<Logger>);
  /**
   * Called whenever the shell needs the runtime: the page opened the KioskApi socket,
   * or the attract page has no noted prerender and must wait for the live data. A runtime booted
   * on demand starts here (scripts/start.ts); a prerendered page connects only once its first
   * frame is on screen.
   */
  onRuntimeNeeded?: () => void;
  /** How often the page is pinged and how long a silent page is kept; default 5 s and 15 s. */
  pageWatchdog?: PageWatchdog;
}

export interface WebShell {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** The prerendered attract page and how to serve it, loaded once the shell listens. */
interface Attract {
  pages: AttractPages;
  headers: (page: string) => Record<string, string>;
}

const WS_PATH = "/kiosk";
/** Whether the page is there, for the screen's launcher. */
const SCREEN_STATUS_PATH = "/screen-status.json";
/** What a second browser (or any other local process) gets instead of the page. */
const PAGE_TAKEN =
  "此终端的屏幕已在另一个窗口打开；请重启终端。\nThis kiosk's screen is already open in another window; restart the kiosk.\n";
/** How long the page request waits for a booting runtime before the plain page is served. */
const ATTRACT_WAIT_MS = 3000;
/** When the WebSocket side loads at the latest if no page has been asked for (see warmSockets). */
const SOCKETS_LATEST_MS = 1000;

/**
 * The web shell: serves the built renderer and carries the KioskApi over a WebSocket, on loopback
 * only. Used in development, CI and Chromium-kiosk deployments; the page sees the same
 * window.kiosk as under Electron.
 *
 * It listens first and loads the rest after: the page's files are served by plain node:http,
 * while the prerendered page loads in the time the browser spends opening its page, and the
 * logger and the WebSocket side (ws, the call dispatcher and its schemas) while it paints it.
 */
export async function startWebShell(
  runtime: KioskRuntime | Promise<KioskRuntime>,
  options: WebShellOptions,
): Promise<WebShell> {
  // The shell may listen before the runtime has booted: the page's files load meanwhile, and its
  // first calls wait for the runtime instead of failing.
  const ready = Promise.resolve(runtime);
  const door = createDoor();
  const given = options.logger;
  let logging: Promise<Logger> | undefined;
  const logger = (): Promise<Logger> =>
    (logging ??= typeof given === "function" ? given() : Promise.resolve(given));
  let attracting: Promise<Attract> | undefined;
  const attract = (): Promise<Attract> =>
    (attracting ??= import("./prerendered-attract").then(async ({ attractPages, prerenderedHeaders }) => {
      const pages = attractPages(options.rendererDir, ready, options.dataDir);
      await pages.preload();
      return { pages, headers: prerenderedHeaders };
    }));
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (!isLoopbackHost(req.headers.host, port())) {
      res.writeHead(421, { "content-type": "text/plain" }).end("wrong host");
      return;
    }
    const url = req.url ?? "/";
    if (url === SCREEN_STATUS_PATH) {
      void serveScreenStatus(res);
      return;
    }
    if (isPageRequest(url)) {
      // The page carries the door's secret (core/webshell/door.ts); a HEAD never claims it.
      const admission =
        req.method === "GET"
          ? door.admitPage(req.headers.cookie)
          : { admitted: door.holdsKey(req.headers.cookie) };
      if (!admission.admitted) {
        res.writeHead(403, { "content-type": "text/plain; charset=utf-8" }).end(PAGE_TAKEN);
        return;
      }
      if ("setCookie" in admission) res.setHeader("set-cookie", admission.setCookie);
    }
    void serveRenderer(url, res);
  });
  const serveRenderer = async (url: string, res: ServerResponse): Promise<void> => {
    const path = url.split("?")[0];
    if (path === "/" || path === "/index.html") {
      // A prerender that cannot be loaded is no reason to fail the page: serve the plain one.
      const prerendered = await attract()
        .then(({ pages, headers }) =>
          pages.page(ATTRACT_WAIT_MS, needRuntime).then((page) => page && { page, headers }),
        )
        .catch(() => null);
      if (prerendered) {
        res.writeHead(200, prerendered.headers(prerendered.page)).end(prerendered.page);
        warmSockets();
        return;
      }
    }
    await serveStatic(options.rendererDir, url, res);
    if (path === "/" || path === "/index.html") warmSockets();
  };
  const startedAt = Date.now();
  /**
   * Whether a page is connected, for the screen's launcher (deploy/linux/kiosk-screen.mjs): a
   * browser whose page crashed ("Aw, Snap!") or hung for good has no page here, and only
   * restarting the browser brings one back. It says nothing but that, so it needs no door.
   */
  const serveScreenStatus = async (res: ServerResponse): Promise<void> => {
    const api = sockets === undefined ? null : await sockets.catch(() => null);
    const absentSince = api === null ? startedAt : api.pageAbsentSince();
    const body = {
      page: absentSince === null,
      absentMs: absentSince === null ? 0 : Date.now() - absentSince,
    };
    res
      .writeHead(200, { "content-type": "application/json", "cache-control": "no-store" })
      .end(JSON.stringify(body));
  };
  const port = (): number => (server.address() as AddressInfo | null)?.port ?? 0;
  let sockets: Promise<ApiSockets> | undefined;

  server.on("upgrade", (req, socket, head) => {
    const refusal = upgradeRefusal(req, port(), door);
    if (refusal !== null) {
      const { origin, host } = req.headers;
      void logger().then((log) => log.warn({ origin, host }, `websocket refused: ${refusal}`));
      socket.end(`HTTP/1.1 403 Forbidden\r\ncontent-type: text/plain\r\n\r\n${refusal}`);
      return;
    }
    options.onRuntimeNeeded?.();
    void apiSockets().then(
      (api) => {
        api.accept(req, socket, head);
      },
      (error: unknown) => {
        void logger().then((log) => log.error({ err: error }, "the kiosk API could not be loaded"));
        socket.destroy();
      },
    );
  });
  // A page that must wait for the runtime (a first start, nothing prerendered noted) is not
  // painting meanwhile: the WebSocket side loads beside the runtime's boot, as the page will
  // want both.
  const needRuntime = (): void => {
    warmSockets();
    options.onRuntimeNeeded?.();
  };
  let warming = false;
  const warmSockets = (): void => {
    if (warming) return;
    warming = true;
    setImmediate(() => void apiSockets().catch(() => undefined));
  };
  const apiSockets = (): Promise<ApiSockets> =>
    (sockets ??= Promise.all([import("./api-socket"), logger()]).then(([{ createApiSockets }, log]) =>
      createApiSockets(ready, log, options.pageWatchdog),
    ));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 5170, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  // Load the rest now, before the page asks for it: first what the page request needs.
  const stopFollowing = attract().then(
    ({ pages }) => pages.follow(),
    () => () => undefined,
  );
  // The WebSocket side (ws, the call dispatcher and the whole contract's schemas) is a few hundred
  // milliseconds of synchronous module evaluation: loaded at once, it held the page request that
  // came in meanwhile, and with it the attract screen's first paint. It loads once the page has
  // been answered, while the browser paints it, or soon anyway if no page comes.
  setTimeout(warmSockets, SOCKETS_LATEST_MS).unref();

  return {
    url: `http://127.0.0.1:${port()}/`,
    port: port(),
    close: async () => {
      (await stopFollowing)();
      (await apiSockets().catch(() => undefined))?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function isLoopbackHost(host: string | undefined, port: number): boolean {
  // Checking Host defeats DNS rebinding: a page from evil.example resolved to 127.0.0.1 still
  // sends its own name.
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Page requests (the HTML, also under a client-side route) go through the door; assets do not. */
function isPageRequest(url: string): boolean {
  const ext = extname(url.split("?")[0] ?? "/");
  return ext === "" || ext === ".html";
}

/**
 * Why an upgrade is refused, or null to accept: wrong path, foreign host, a missing or foreign
 * origin, or no door secret. Only the page talks to this socket (no command-line tool talks to a
 * running kiosk), and browsers always send Origin on a WebSocket upgrade, so one without it is
 * not our page. The origin check stops other sites' pages; the secret stops local processes,
 * which can send any Origin they like.
 */
export function upgradeRefusal(req: IncomingMessage, port: number, door: Door): string | null {
  if ((req.url ?? "").split("?")[0] !== WS_PATH) return "unknown path";
  if (!isLoopbackHost(req.headers.host, port)) return "host is not loopback";
  const origin = req.headers.origin;
  if (origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
    return origin === undefined ? "no origin" : "cross-origin upgrade";
  }
  if (!door.holdsKey(req.headers.cookie)) return "no door secret";
  return null;
}
