import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { CatalogSummary, UiSettings } from "../api";
import type { KioskRuntime } from "../runtime";

/** Where scripts/prerender.ts puts one attract page per site profile, inside the renderer build. */
export const PRERENDERED_DIR = "prerendered";
export const prerenderedFile = (site: string): string => `${site}.html`;

/**
 * What a prerendered attract screen was rendered from, as a short digest. The web shell serves the
 * page only when the live kiosk's settings and catalog give the same digest, so a prerender never
 * shows a resident anything the live page would not (a fleet config may change either).
 */
export function attractKey(settings: UiSettings, catalog: CatalogSummary): string {
  return createHash("sha256")
    .update(JSON.stringify({ settings, catalog }))
    .digest("hex")
    .slice(0, 32);
}

/** The marker the build writes on the prerendered root: `data-prerendered="<key>"`. */
export const keyMarker = (key: string): string => `data-prerendered="${key}"`;

/**
 * The prerendered attract page for this kiosk, or null to serve the plain index.html: no
 * prerender for its site, a digest that differs from the live data, or a runtime still booting
 * after `waitMs` (its page would have to wait for it anyway).
 */
export async function prerenderedAttract(
  rendererDir: string,
  runtime: Promise<KioskRuntime>,
  waitMs: number,
): Promise<string | null> {
  const booted = await Promise.race([
    runtime,
    new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs).unref()),
  ]).catch(() => null);
  if (booted === null) return null;
  const site = booted.options.settings.config().site;
  const html = await readFile(join(rendererDir, PRERENDERED_DIR, prerenderedFile(site)), "utf8").catch(
    () => null,
  );
  if (html === null) return null;
  const [settings, catalog] = await Promise.all([
    booted.handlers.getUiSettings({}),
    booted.handlers.getCatalogSummary({}),
  ]);
  return html.includes(keyMarker(attractKey(settings, catalog))) ? html : null;
}
