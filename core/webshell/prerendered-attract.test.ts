import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, testRuntime } from "../../test/support/runtime";
import type { KioskRuntime } from "../runtime";
import { attractKey, keyMarker, PRERENDERED_DIR, prerenderedAttract } from "./prerendered-attract";

const runtime = testRuntime();

/** A renderer folder holding one prerendered page for the test runtime's site. */
function rendererWith(page: (key: string) => string): string {
  const dir = tempDir("prerender-");
  mkdirSync(join(dir, PRERENDERED_DIR));
  const settings = runtime.handlers.getUiSettings({});
  const catalog = runtime.handlers.getCatalogSummary({});
  if (settings instanceof Promise || catalog instanceof Promise) throw new Error("expected sync handlers");
  const site = runtime.options.settings.config().site;
  writeFileSync(join(dir, PRERENDERED_DIR, `${site}.html`), page(attractKey(settings, catalog)));
  return dir;
}

describe("the prerendered attract page", () => {
  it("is served when it was rendered from exactly the live settings and catalog", async () => {
    const dir = rendererWith((key) => `<div id="root" ${keyMarker(key)}>attract</div>`);
    await expect(prerenderedAttract(dir, Promise.resolve(runtime), 100)).resolves.toContain("attract");
  });

  it("is not served when the live data differs (a fleet config changed the catalog or settings)", async () => {
    const dir = rendererWith(() => `<div id="root" ${keyMarker("0".repeat(32))}>stale</div>`);
    await expect(prerenderedAttract(dir, Promise.resolve(runtime), 100)).resolves.toBeNull();
  });

  it("is not served when there is none for this site, or the runtime is still booting", async () => {
    await expect(prerenderedAttract(tempDir("empty-"), Promise.resolve(runtime), 100)).resolves.toBeNull();
    const dir = rendererWith((key) => `<div id="root" ${keyMarker(key)}>attract</div>`);
    const booting = new Promise<KioskRuntime>(() => undefined);
    await expect(prerenderedAttract(dir, booting, 20)).resolves.toBeNull();
    await expect(prerenderedAttract(dir, Promise.reject(new Error("boot failed")), 20)).resolves.toBeNull();
  });

  it("keys on every setting and on the catalog", () => {
    const settings = runtime.handlers.getUiSettings({});
    const catalog = runtime.handlers.getCatalogSummary({});
    if (settings instanceof Promise || catalog instanceof Promise) throw new Error("expected sync handlers");
    const key = attractKey(settings, catalog);
    expect(attractKey({ ...settings, pxPerMm: settings.pxPerMm + 1 }, catalog)).not.toBe(key);
    expect(attractKey(settings, { ...catalog, mostUsed: [] })).not.toBe(key);
    expect(attractKey(settings, catalog)).toBe(key);
  });
});
