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

/**
 * Serves the built renderer on app://kiosk/ with the same CSP and path checks as the web shell;
 * the UI is never loaded from file:// (style.md security baseline). The page itself is the
 * prerendered attract screen while it matches the runtime's data, as in the web shell.
 */
export function serveAppProtocol(
  protocol: Pick<Protocol, "handle">,
  rendererDir: string,
  runtime: KioskRuntime,
): void {
  // The runtime has booted before the window opens: the live data decides, no note is needed.
  const attract = attractPages(rendererDir, Promise.resolve(runtime));
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response("not found", { status: 404 });
    if (url.pathname === "/" || url.pathname === "/index.html") {
      const page = await attract.page(0);
      if (page !== null) return new Response(page, { status: 200, headers: prerenderedHeaders(page) });
    }
    const file = await readRendererFile(rendererDir, url.pathname);
    if (!file.ok) return new Response(file.message, { status: file.status });
    return new Response(new Uint8Array(file.body), { status: 200, headers: file.headers });
  });
}
