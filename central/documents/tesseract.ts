import { spawn } from "node:child_process";

/** How one OCR run ended: Tesseract's TSV, or why there is none. */
export type OcrRun =
  | { kind: "ok"; tsv: string }
  | { kind: "busy" }
  | { kind: "timeout" }
  | { kind: "failed"; detail: string };

export interface TesseractOptions {
  /** The binary; default `tesseract` on the PATH (Debian's tesseract-ocr). */
  binary?: string;
  /** Languages; default `chi_sim` (Debian's tesseract-ocr-chi-sim). */
  languages?: string;
  /** A run is killed after this long; default 20 s. */
  timeoutMs?: number;
  /** Runs at once; default 1 (each is one busy core). */
  concurrency?: number;
  /** Runs waiting for a turn before more are refused as busy; default 4. */
  queue?: number;
}

/**
 * Sauvola's local thresholds instead of Tesseract's default global Otsu: a lamp's glare over part
 * of a held certificate leaves its text too pale for one threshold over the whole page, and lines
 * under the glare came out as noise (the bench's degraded half: 70 % of fields right with Otsu).
 */
const BINARIZE = ["-c", "thresholding_method=2"];

/** Most text one run may print: a page of a certificate is a few KB of TSV. */
const MAX_OUTPUT_BYTES = 512 * 1024;

/**
 * Runs the `tesseract` binary on a picture given on its stdin (never written to disk), one page
 * layout block (`--psm 6`), local thresholds (Sauvola), TSV out. Runs are capped (a queue beyond which callers hear "busy")
 * and each is killed when it overstays its timeout or prints more than a page, so a hostile or
 * pathological picture costs one bounded run and never a hung process.
 */
export class Tesseract {
  readonly #binary: string;
  readonly #languages: string;
  readonly #timeoutMs: number;
  readonly #concurrency: number;
  readonly #queueLimit: number;
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(options: TesseractOptions = {}) {
    this.#binary = options.binary ?? "tesseract";
    this.#languages = options.languages ?? "chi_sim";
    this.#timeoutMs = options.timeoutMs ?? 20_000;
    this.#concurrency = options.concurrency ?? 1;
    this.#queueLimit = options.queue ?? 4;
  }

  /** Reads `image` with the configured languages, or `languages` for this run (e.g. `eng`). */
  async read(image: Buffer, languages = this.#languages): Promise<OcrRun> {
    if (this.#running >= this.#concurrency) {
      if (this.#waiting.length >= this.#queueLimit) return { kind: "busy" };
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    this.#running++;
    try {
      return await this.#run(image, languages);
    } finally {
      this.#running--;
      this.#waiting.shift()?.();
    }
  }

  #run(image: Buffer, languages: string): Promise<OcrRun> {
    return new Promise((resolve) => {
      const child = spawn(
        this.#binary,
        ["stdin", "stdout", "-l", languages, "--psm", "6", ...BINARIZE, "tsv"],
        {
          stdio: ["pipe", "pipe", "pipe"],
          // One thread per run: the concurrency cap is the number of cores OCR may take.
          env: { PATH: process.env.PATH ?? "/usr/bin:/bin", OMP_THREAD_LIMIT: "1" },
        },
      );
      const out: Buffer[] = [];
      let size = 0;
      let stderr = "";
      let settled = false;
      const finish = (run: OcrRun) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (child.exitCode === null) child.kill("SIGKILL");
        resolve(run);
      };
      const timer = setTimeout(() => finish({ kind: "timeout" }), this.#timeoutMs);
      child.stdout.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_OUTPUT_BYTES) finish({ kind: "failed", detail: "output too long" });
        else out.push(chunk);
      });
      // Only the first line of stderr, for the operator: it never holds the picture's text.
      child.stderr.on("data", (chunk: Buffer) => {
        if (stderr.length < 200) stderr += chunk.toString("utf8").slice(0, 200);
      });
      child.on("error", (error) => finish({ kind: "failed", detail: error.message }));
      child.on("close", (code) =>
        finish(
          code === 0
            ? { kind: "ok", tsv: Buffer.concat(out).toString("utf8") }
            : { kind: "failed", detail: `exit ${String(code)}: ${stderr.split("\n")[0] ?? ""}` },
        ),
      );
      // A picture the child stops reading (it died) must not throw EPIPE into the server.
      child.stdin.on("error", () => undefined);
      child.stdin.end(image);
    });
  }
}
