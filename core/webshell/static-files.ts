import { readFile, stat } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".ico": "image/x-icon",
};

/**
 * The page's Content-Security-Policy: only our own scripts, styles and the loopback WebSocket.
 * No inline script, no eval, no framing, no foreign hosts. Both shells send it. An inline
 * stylesheet is allowed only by the hash of its exact text (the prerendered attract page's).
 */
export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes.map((h) => `'${h}'`)].join(" "),
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The headers of every renderer file: its type, the CSP, and caching (pages never, assets forever). */
export function rendererHeaders(
  extension: string,
  styleHashes: readonly string[] = [],
): Record<string, string> {
  return {
    "content-type": TYPES[extension] ?? "application/octet-stream",
    "content-security-policy": contentSecurityPolicy(styleHashes),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": extension === ".html" ? "no-store" : "public, max-age=31536000, immutable",
  };
}

export type RendererFile =
  | { ok: true; body: Buffer; headers: Record<string, string> }
  | { ok: false; status: 400 | 404 | 503; message: string };

/**
 * Reads one file of the built renderer for a URL path. Unknown paths without an extension fall
 * back to index.html (a single-page app); a path that climbs out of the folder is refused.
 * Shared by the web shell's HTTP server and Electron's app:// protocol.
 */
export async function readRendererFile(root: string, urlPath: string): Promise<RendererFile> {
  const decoded = safeDecode(urlPath.split("?")[0] ?? "/");
  const relative = decoded === null ? null : normalize(decoded).replace(/^([/\\])+/, "");
  if (relative === null || !isInside(root, join(root, relative))) {
    return { ok: false, status: 400, message: "bad path" };
  }
  let file = join(root, relative);
  const isFile = await stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!isFile) {
    if (extname(relative) !== "") return { ok: false, status: 404, message: "not found" };
    file = join(root, "index.html");
  }
  try {
    const body = await readFile(file);
    return { ok: true, body, headers: rendererHeaders(extname(file)) };
  } catch {
    return { ok: false, status: 503, message: "renderer not built: run npm run build" };
  }
}

/** Serves one renderer file over HTTP (the web shell). */
export async function serveStatic(root: string, urlPath: string, res: ServerResponse): Promise<void> {
  const file = await readRendererFile(root, urlPath);
  if (file.ok) res.writeHead(200, file.headers).end(file.body);
  else res.writeHead(file.status, { "content-type": "text/plain; charset=utf-8" }).end(file.message);
}

const isInside = (root: string, file: string): boolean => file === root || file.startsWith(root + sep);

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}
