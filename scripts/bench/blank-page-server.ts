import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { serveStatic } from "../../core/webshell/static-files";

/**
 * The peer for the web-shell start-up figure: a blank Vite + React page served by the same static
 * file code, started the same way (tsx), and nothing else. Usage: blank-page-server.ts DIR.
 */
const dir = process.argv[2];
if (dir === undefined) throw new Error("usage: blank-page-server.ts DIR");
const server = createServer((req, res) => void serveStatic(dir, req.url ?? "/", res));
server.listen(0, "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`blank page at http://127.0.0.1:${port}/\n`);
});
