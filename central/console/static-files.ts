import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The built console (`npm run build` → dist/console): read once into memory at start-up, so a
 * request can only ever name one of these files — no path from the URL touches the disk.
 */
export interface StaticFile {
  body: Buffer;
  type: string;
  /** Vite's hashed assets never change under one name; index.html must always be asked again. */
  immutable: boolean;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".json": "application/json",
};

/**
 * Where the build lies: beside the sources (central/console → ../../dist/console) or beside the
 * bundled kiosk (dist/kiosk → ../console).
 */
export function consoleDir(): string | undefined {
  const candidates = [
    fileURLToPath(new URL("../../dist/console/", import.meta.url)),
    fileURLToPath(new URL("../console/", import.meta.url)),
  ];
  return candidates.find((d) => existsSync(join(d, "index.html")));
}

/** Every file of the build by its URL path under /console/ (e.g. "assets/index-abc.js"). */
export function loadConsoleFiles(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const dot = entry.name.lastIndexOf(".");
    const type = TYPES[dot < 0 ? "" : entry.name.slice(dot)];
    if (type === undefined) continue;
    const urlPath = relative(dir, full).split(sep).join("/");
    files.set(urlPath, { body: readFileSync(full), type, immutable: urlPath.startsWith("assets/") });
  }
  return files;
}
