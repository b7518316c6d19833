import type { Protocol } from "electron";
import type { KioskRuntime } from "../core/runtime";
import { attractPages, prerenderedHeaders } from "../core/webshell/prerendered-attract";
import { readRendererFile } from "../core/webshell/static-files";
import { APP_HOST, APP_SCHEME } from "./channels";

/** Must run before `app.ready`: app:// behaves like https (standard, secure, fetch-able). */
export function registerAppScheme(protocol: Pick<Protocol, "registerSchemesAsPrivileged">): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** How long the page request waits for a booting runtime on a first start, as in the web shell. */
const ATTRACT_WAIT_MS = 3000;

/**
 * Serves the built renderer on app://kiosk/ with the same CSP and path checks as the web shell;
 * the UI is never loaded from file:// (too broad an origin). The page itself is the
 * prerendered attract screen while it matches the runtime's data, as in the web shell: the window
 * opens while the runtime boots, and the digest noted in the data folder by the last run decides
 * until the live data can. Returns how to stop noting it.
 */
export function serveAppProtocol(
  protocol: Pick<Protocol, "handle">,
  rendererDir: string,
  runtime: KioskRuntime | Promise<KioskRuntime>,
  options: { dataDir?: string; onRuntimeNeeded?: () => void } = {},
): () => void {
  const attract = attractPages(rendererDir, Promise.resolve(runtime), options.dataDir);
  void attract.preload();
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response("not found", { status: 404 });
    if (url.pathname === "/" || url.pathname === "/index.html") {
      const page = await attract.page(ATTRACT_WAIT_MS, options.onRuntimeNeeded);
      if (page !== null) return new Response(page, { status: 200, headers: prerenderedHeaders(page) });
    }
    const file = await readRendererFile(rendererDir, url.pathname);
    if (!file.ok) return new Response(file.message, { status: file.status });
    return new Response(new Uint8Array(file.body), { status: 200, headers: file.headers });
  });
  return attract.follow();
}
