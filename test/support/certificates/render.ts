import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../browser";
import { CARD_SIZE, CLEAN, certificateHtml, type Degradation } from "./certificate-html";
import { type CertificateValues, seededRandom, syntheticCertificates } from "./synthetic-values";

/** One rendered synthetic certificate: the file, the values printed on it, how it was degraded. */
export interface CertificateImage {
  file: string;
  values: CertificateValues;
  degradation: Degradation;
  /** "clean" or "degraded": the bench reports the two halves apart. */
  half: "clean" | "degraded";
}

/** Renders one certificate to a PNG (or JPEG) file in Chromium; returns the file's bytes. */
export async function renderCertificate(
  browser: Browser,
  values: CertificateValues,
  degradation: Degradation,
  file: string,
  seed = 1,
): Promise<Buffer> {
  const page = await browser.newPage({ viewport: CARD_SIZE });
  try {
    await page.setContent(certificateHtml(values, degradation, seed));
    await page.evaluate("document.fonts.ready.then(() => undefined)");
    const type = file.endsWith(".jpg") ? "jpeg" : "png";
    return await page.screenshot({ path: file, type, ...(type === "jpeg" ? { quality: 80 } : {}) });
  } finally {
    await page.close();
  }
}

/** A degradation of noise, tilt, glare and blur, varied by a seed within what a held card shows. */
export function degradationFor(seed: number): Degradation {
  const random = seededRandom(seed * 7919);
  return {
    tiltDeg: (random() * 2 - 1) * 4,
    noise: 0.04 + random() * 0.08,
    glare: 0.3 + random() * 0.35,
    blurPx: random() * 0.9,
  };
}

/**
 * Renders `perHalf` clean and `perHalf` degraded synthetic certificates into `dir` (made if
 * missing) with one Chromium; `today` sets the birth dates (within three years before it).
 */
export async function renderCertificateSet(
  dir: string,
  perHalf: number,
  options: { seed?: number; today?: Date; browser?: Browser } = {},
): Promise<CertificateImage[]> {
  mkdirSync(dir, { recursive: true });
  const seed = options.seed ?? 2026;
  const values = syntheticCertificates(perHalf * 2, seed, options.today ?? new Date());
  const browser = options.browser ?? (await launchChromium());
  try {
    const images: CertificateImage[] = [];
    for (const [i, v] of values.entries()) {
      const half = i < perHalf ? "clean" : "degraded";
      const degradation = half === "clean" ? CLEAN : degradationFor(seed + i);
      // Half of each set as JPEG: what a camera path sends; the other half PNG.
      const file = join(dir, `certificate-${String(i).padStart(3, "0")}.${i % 2 === 0 ? "png" : "jpg"}`);
      await renderCertificate(browser, v, degradation, file, seed + i);
      images.push({ file, values: v, degradation, half });
    }
    return images;
  } finally {
    if (options.browser === undefined) await browser.close();
  }
}
