import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { CatalogSummary, UiSettings } from "../core/api";
import { summarizeCatalog } from "../core/handlers/catalog";
import { uiSettingsFrom } from "../core/handlers/settings";
import { kioskCatalog } from "../core/services/kiosk-catalog";
import {
  attractKey,
  keyMarker,
  PRERENDERED_DIR,
  prerenderedFile,
} from "../core/webshell/prerendered-attract";
import { KioskConfig, SiteKind } from "../kiosk-config/config/schema";
import { projectRoot } from "./project";

/**
 * `npm run build`, last step: the attract screen of each site profile on built-in settings, as
 * static HTML beside the renderer (dist/renderer/prerendered/<site>.html). The web shell serves
 * one when the live kiosk's data matches it (core/webshell/prerendered-attract.ts).
 *
 * The root is `inert` until the live page has replaced it: a tap on the picture of a button
 * would otherwise do nothing, silently. Its stylesheet is inline (see prerenderedHeaders for the
 * CSP that allows exactly it).
 */
type RenderAttract = (settings: UiSettings, catalog: CatalogSummary) => Promise<string>;

const rendererDir = join(projectRoot, "dist", "renderer");
const { renderAttract } = (await import(
  pathToFileURL(join(projectRoot, "dist", "prerender", "attract.js")).href
)) as { renderAttract: RenderAttract };
const index = readFileSync(join(rendererDir, "index.html"), "utf8");
const emptyRoot = '<div id="root"></div>';
if (!index.includes(emptyRoot)) throw new Error(`dist/renderer/index.html has no ${emptyRoot}`);
// The stylesheet goes inline: the first paint then needs the page alone. The live page's later
// chunks still load their own stylesheets from files.
const stylesheet = /<link rel="stylesheet" crossorigin href="\.\/([^"]+\.css)">/.exec(index);
if (!stylesheet?.[1]) throw new Error("dist/renderer/index.html links no stylesheet");
const css = readFileSync(join(rendererDir, stylesheet[1]), "utf8");
if (css.includes("url(") || css.includes("</style"))
  throw new Error("the inline stylesheet may not refer to files");
const page = index.replace(stylesheet[0], `<style>${css}</style>`);

mkdirSync(join(rendererDir, PRERENDERED_DIR), { recursive: true });
for (const site of SiteKind.options) {
  const config = KioskConfig.parse({ site });
  const settings = uiSettingsFrom(config);
  const catalog = summarizeCatalog(kioskCatalog(config));
  const markup = await renderAttract(settings, catalog);
  const root = `<div id="root" inert ${keyMarker(attractKey(settings, catalog))}>${markup}</div>`;
  // Asset URLs are relative to dist/renderer, one folder up from the prerendered pages: the web
  // shell serves them as "/", so they resolve the same.
  writeFileSync(join(rendererDir, PRERENDERED_DIR, prerenderedFile(site)), page.replace(emptyRoot, root));
}
