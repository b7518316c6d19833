import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as z from "zod";
import type { CatalogSummary, UiSettings } from "../api";
import type { KioskRuntime } from "../runtime";
import { rendererHeaders } from "./static-files";

/** Where scripts/prerender.ts puts one attract page per site profile, inside the renderer build. */
export const PRERENDERED_DIR = "prerendered";
export const prerenderedFile = (site: string): string => `${site}.html`;

/**
 * What a prerendered attract screen was rendered from, as a short digest. A prerender is served
 * only when the kiosk's settings and catalog give the same digest, so it shows a resident what
 * the live page will show (a fleet config may change either).
 */
export function attractKey(settings: UiSettings, catalog: CatalogSummary): string {
  return createHash("sha256").update(JSON.stringify({ settings, catalog })).digest("hex").slice(0, 32);
}

/** The marker the build writes on the prerendered root: `data-prerendered="<key>"`. */
export const keyMarker = (key: string): string => `data-prerendered="${key}"`;

/**
 * The headers of a prerendered page. Its stylesheet is inline (one request fewer before the first
 * paint), so the CSP names that exact text by its hash; any other inline style stays refused.
 */
export function prerenderedHeaders(html: string): Record<string, string> {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) =>
      `sha256-${createHash("sha256")
        .update(m[1] ?? "")
        .digest("base64")}`,
  );
  return rendererHeaders(".html", hashes);
}

/** The data folder's note of the last live digest, so the next start need not wait for the runtime. */
const REMEMBERED_FILE = "attract-page.json";
const Remembered = z.object({ site: z.string().regex(/^[a-z-]+$/), key: z.string().regex(/^[0-9a-f]{32}$/) });
type Remembered = z.infer<typeof Remembered>;

/** The attract page to serve, and the note that keeps it honest across restarts. */
export interface AttractPages {
  /**
   * The prerendered page, or null to serve the plain index.html. Once the runtime is up, the
   * live data decides. Before, the digest the last run noted decides, so a restarted kiosk
   * paints at once; with no note (a first start) it waits up to `waitMs` for the runtime, and
   * says so through `onWait` first, so that a runtime booted on demand starts.
   */
  page(waitMs: number, onWait?: () => void): Promise<string | null>;
  /**
   * Reads the noted page into memory, before the runtime starts booting: its start-up work runs
   * in long synchronous stretches, and a page held in memory is answered between two of them
   * without waiting for a file read queued behind one.
   */
  preload(): Promise<void>;
  /**
   * Notes the live digest once the runtime is up and after every session (fleet config applies
   * between sessions). Returns how to stop.
   */
  follow(): () => void;
}

export function attractPages(
  rendererDir: string,
  runtime: Promise<KioskRuntime>,
  dataDir?: string,
): AttractPages {
  let booted: KioskRuntime | null = null;
  runtime.then(
    (r) => (booted = r),
    () => undefined,
  );

  const pageWith = async (site: string, key: string): Promise<string | null> => {
    const html = await readFile(join(rendererDir, PRERENDERED_DIR, prerenderedFile(site)), "utf8").catch(
      () => null,
    );
    return html?.includes(keyMarker(key)) ? html : null;
  };
  const live = async (r: KioskRuntime): Promise<Remembered> => {
    const [settings, catalog] = await Promise.all([
      r.handlers.getUiSettings({}),
      r.handlers.getCatalogSummary({}),
    ]);
    return { site: r.options.settings.config().site, key: attractKey(settings, catalog) };
  };
  const file = dataDir === undefined ? undefined : join(dataDir, REMEMBERED_FILE);
  const remembered = (): Remembered | null => {
    if (file === undefined) return null;
    try {
      return Remembered.parse(JSON.parse(readFileSync(file, "utf8")));
    } catch {
      return null;
    }
  };
  const remember = (note: Remembered): void => {
    if (file === undefined) return;
    const current = remembered();
    if (current?.site === note.site && current.key === note.key) return;
    // Written whole, then renamed: a crash leaves the old note or the new one, never half.
    writeFileSync(`${file}.tmp`, JSON.stringify(note), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  };

  let preloaded: string | null = null;
  return {
    async preload() {
      const note = remembered();
      preloaded = note === null ? null : await pageWith(note.site, note.key);
    },
    async page(waitMs, onWait) {
      if (booted === null) {
        if (preloaded !== null) return preloaded;
        const note = remembered();
        const early = note === null ? null : await pageWith(note.site, note.key);
        if (early !== null) return early;
        onWait?.();
        const ready = await Promise.race([
          runtime,
          new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs).unref()),
        ]).catch(() => null);
        if (ready === null) return null;
      }
      if (booted === null) return null;
      const now = await live(booted);
      return pageWith(now.site, now.key);
    },
    follow() {
      let stopped = false;
      let off = (): void => undefined;
      const note = (r: KioskRuntime): void => {
        void live(r)
          .then(remember)
          .catch(() => undefined);
      };
      runtime.then(
        (r) => {
          if (stopped) return;
          note(r);
          // The config manager applies a pending fleet config as a session is wiped; note after it.
          off = r.events.on("session-ended", () => setTimeout(() => note(r), 100).unref());
        },
        () => undefined,
      );
      return () => {
        stopped = true;
        off();
      };
    },
  };
}
