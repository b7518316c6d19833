import { createServer } from "node:http";
import { outOfServiceHeaders, outOfServicePage } from "../../core/heal/out-of-service-page";
import type { ServiceNote } from "../../core/heal/service-note";

/**
 * Serves the out-of-service screen on the kiosk's own address while the kiosk is paused after a
 * crash loop, so the browser, which only knows that address, shows it instead of an error page.
 * Every request gets the screen with 503 (the screen's probe reads that as "still out"); a
 * WebSocket upgrade, the kiosk page asking for its runtime, is refused, and the page reloads into
 * the screen. Loopback only, like the web shell.
 */
export async function serveOutOfService(
  port: number,
  note: ServiceNote,
): Promise<{ close(): Promise<void> }> {
  const page = outOfServicePage(note);
  const server = createServer((req, res) => {
    res.writeHead(503, { ...outOfServiceHeaders, "retry-after": "30" });
    res.end(req.method === "HEAD" ? undefined : page);
  });
  server.on("upgrade", (_req, socket) => {
    socket.end("HTTP/1.1 503 Service Unavailable\r\ncontent-type: text/plain\r\n\r\nout of service");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The screen's probes keep connections alive; the kiosk needs the port back now.
        server.closeAllConnections();
      }),
  };
}
