import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { tempDir, testRuntime } from "../../test/support/runtime";
import type { KioskRuntime } from "../runtime";
import { attractKey, attractPages, keyMarker, PRERENDERED_DIR } from "./prerendered-attract";

const runtime = testRuntime();
const site = runtime.options.settings.config().site;

/** The digest of what the test runtime's live page shows. */
function liveKey(): string {
  const settings = runtime.handlers.getUiSettings({});
  const catalog = runtime.handlers.getCatalogSummary({});
  if (settings instanceof Promise || catalog instanceof Promise) throw new Error("expected sync handlers");
  return attractKey(settings, catalog);
}

/** A renderer folder holding one prerendered page for the test runtime's site. */
function rendererWith(key: string, text = "attract"): string {
  const dir = tempDir("prerender-");
  mkdirSync(join(dir, PRERENDERED_DIR));
  writeFileSync(join(dir, PRERENDERED_DIR, `${site}.html`), `<div id="root" ${keyMarker(key)}>${text}</div>`);
  return dir;
}

const never = new Promise<KioskRuntime>(() => undefined);

describe("the prerendered attract page", () => {
  it("is served when it was rendered from exactly the live settings and catalog", async () => {
    const pages = attractPages(rendererWith(liveKey()), Promise.resolve(runtime));
    await expect(pages.page(100)).resolves.toContain("attract");
  });

  it("is not served when the live data differs (a fleet config changed the catalog or settings)", async () => {
    const pages = attractPages(rendererWith("0".repeat(32), "stale"), Promise.resolve(runtime));
    await expect(pages.page(100)).resolves.toBeNull();
  });

  it("is not served when there is none for this site, or a first start's runtime is still booting", async () => {
    await expect(attractPages(tempDir("empty-"), Promise.resolve(runtime)).page(100)).resolves.toBeNull();
    const dir = rendererWith(liveKey());
    await expect(attractPages(dir, never, tempDir("data-")).page(20)).resolves.toBeNull();
    await expect(attractPages(dir, Promise.reject(new Error("boot failed"))).page(20)).resolves.toBeNull();
  });

  it("notes the live digest, so the next start serves the page before its runtime is up", async () => {
    const dir = rendererWith(liveKey());
    const dataDir = tempDir("data-");
    const first = attractPages(dir, Promise.resolve(runtime), dataDir);
    await first.page(100);
    first.follow();
    await vi.waitFor(() => {
      expect(JSON.parse(readFileSync(join(dataDir, "attract-page.json"), "utf8"))).toEqual({
        site,
        key: liveKey(),
      });
    });
    await expect(attractPages(dir, never, dataDir).page(20)).resolves.toContain("attract");
    const preloaded = attractPages(dir, never, dataDir);
    await preloaded.preload();
    await expect(preloaded.page(20)).resolves.toContain("attract");
  });

  it("asks for the runtime only when it must wait for it, so that one booted on demand starts", async () => {
    const dir = rendererWith(liveKey());
    const dataDir = tempDir("data-");
    const asked = vi.fn();
    await attractPages(dir, never, dataDir).page(20, asked);
    expect(asked).toHaveBeenCalledOnce();
    const first = attractPages(dir, Promise.resolve(runtime), dataDir);
    await first.page(100);
    first.follow();
    await vi.waitFor(() => expect(readFileSync(join(dataDir, "attract-page.json"), "utf8")).toContain(site));
    // With a noted page to serve, a restarted kiosk answers without its runtime.
    await expect(attractPages(dir, never, dataDir).page(20, asked)).resolves.toContain("attract");
    expect(asked).toHaveBeenCalledOnce();
  });

  it("ignores a note that matches no page, or that was tampered with", async () => {
    const dir = rendererWith(liveKey());
    const dataDir = tempDir("data-");
    writeFileSync(join(dataDir, "attract-page.json"), JSON.stringify({ site, key: "1".repeat(32) }));
    await expect(attractPages(dir, never, dataDir).page(20)).resolves.toBeNull();
    writeFileSync(
      join(dataDir, "attract-page.json"),
      JSON.stringify({ site: "../../etc/passwd", key: liveKey() }),
    );
    await expect(attractPages(dir, never, dataDir).page(20)).resolves.toBeNull();
    writeFileSync(join(dataDir, "attract-page.json"), "{not json");
    await expect(attractPages(dir, never, dataDir).page(20)).resolves.toBeNull();
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
