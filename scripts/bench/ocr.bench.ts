import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readBirthCertificate } from "../../central/documents/read-birth-certificate";
import { Tesseract } from "../../central/documents/tesseract";
import type { BirthCertificateFields } from "../../central/protocol";
import { MIN_PREFILL_CONFIDENCE } from "../../core/services/document-reading";
import { type CertificateImage, renderCertificateSet } from "../../test/support/certificates/render";
import { rawTesseract, regexFields } from "./ocr-peer";
import type { Benchmark, Figure } from "./types";

/**
 * Document reading (OCR): the 出生医学证明 reader of central (Tesseract, then tolerant field
 * extraction) on synthetic certificates rendered in Chromium, half clean, half photographed badly
 * (noise, tilt, glare, blur). A field counts as right only when the kiosk would pre-fill it (read
 * with at least the confidence core offers) and it is the value printed; a field left out or
 * offered wrong is not right. Beside it, in the same run on the same pictures, the peer: the raw
 * `tesseract` CLI with its defaults and one regex per field.
 */
const PER_HALF = 20;
/**
 * The set's seed. The reader was tuned (thresholds, the Latin pass, the sex beside the name) on
 * the sets of seeds 2026 (the test's) and 7; this one it never saw, so the figures are not fitted.
 */
const SEED = 31;
const FIELDS = ["certificateNo", "childName", "childSex", "childBirthDate"] as const;

interface Score {
  right: number;
  wrong: number;
  total: number;
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const pct = (s: Score): number => (s.total === 0 ? 0 : (100 * s.right) / s.total);

/** Compares what would be offered with what is printed on the certificate. */
function score(
  fields: BirthCertificateFields,
  image: CertificateImage,
  into: Score,
  minConfidence: number,
): void {
  const truth = {
    certificateNo: image.values.certificateNo,
    childName: image.values.childName,
    childSex: image.values.sex,
    childBirthDate: image.values.birthDate,
  };
  for (const field of FIELDS) {
    into.total++;
    const read = fields[field];
    if (read === undefined || read.confidence < minConfidence) continue;
    if (read.value === truth[field]) into.right++;
    else into.wrong++;
  }
}

const emptyScore = (): Score => ({ right: 0, wrong: 0, total: 0 });

async function measure(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-ocr-"));
  try {
    const images = await renderCertificateSet(dir, PER_HALF, {
      seed: SEED,
      today: new Date("2026-06-01T00:00:00Z"),
    });
    // A long timeout: the bench measures how long a run takes, it must not cut one short.
    const tesseract = new Tesseract({ timeoutMs: 120_000 });
    const ours = { clean: emptyScore(), degraded: emptyScore() };
    const peer = { clean: emptyScore(), degraded: emptyScore() };
    const oursMs: number[] = [];
    const peerMs: number[] = [];
    for (const image of images) {
      const bytes = readFileSync(image.file);
      const mime = image.file.endsWith(".png") ? "image/png" : "image/jpeg";
      // Alternate which goes first, so neither always meets a warm page cache.
      const runOurs = async () => {
        const t0 = performance.now();
        const reply = await readBirthCertificate(tesseract, { mime, base64: bytes.toString("base64") });
        oursMs.push(performance.now() - t0);
        score(reply.status === "read" ? reply.fields : {}, image, ours[image.half], MIN_PREFILL_CONFIDENCE);
      };
      const runPeer = async () => {
        const t0 = performance.now();
        const fields = regexFields(await rawTesseract(bytes));
        peerMs.push(performance.now() - t0);
        score(fields, image, peer[image.half], 0);
      };
      if (images.indexOf(image) % 2 === 0) {
        await runOurs();
        await runPeer();
      } else {
        await runPeer();
        await runOurs();
      }
    }
    const peerName = "raw tesseract CLI + regex";
    const clean = pct(ours.clean);
    return [
      {
        name: `clean half: fields right (${ours.clean.right}/${ours.clean.total}; peer ${peer.clean.right}/${peer.clean.total})`,
        value: clean,
        unit: "%",
        peer: { name: peerName, value: pct(peer.clean) },
        goal: "≥ 95 %",
        meetsGoal: clean >= 95,
      },
      {
        name: `degraded half: fields right (${ours.degraded.right}/${ours.degraded.total}; peer ${peer.degraded.right}/${peer.degraded.total})`,
        value: pct(ours.degraded),
        unit: "%",
        peer: { name: peerName, value: pct(peer.degraded) },
      },
      {
        // A wrong value offered costs the parent more than a blank one: they must notice it.
        name: `wrong values offered, both halves (of ${ours.clean.total + ours.degraded.total})`,
        value: ours.clean.wrong + ours.degraded.wrong,
        unit: "fields",
        peer: { name: peerName, value: peer.clean.wrong + peer.degraded.wrong },
      },
      {
        name: `time per document (median of ${images.length}, 1 thread)`,
        value: median(oursMs),
        unit: "ms",
        peer: { name: peerName, value: median(peerMs) },
      },
      {
        // The mean shows what the median hides: the documents that took a second, Latin run.
        name: `time per document (mean of ${images.length}, 1 thread)`,
        value: oursMs.reduce((a, b) => a + b, 0) / oursMs.length,
        unit: "ms",
        peer: { name: peerName, value: peerMs.reduce((a, b) => a + b, 0) / peerMs.length },
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const benchmarks: Benchmark[] = [{ group: "document reading (OCR)", run: measure }];
