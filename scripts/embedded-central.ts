import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";
import type { EmbeddedCentral } from "../core/embedded-central";
import { FromCentral, type ToCentral } from "./embedded-central-messages";

/**
 * The embedded default (docs/architecture.md "Run modes"): with no KIOSK_CENTRAL_URL the kiosk runs
 * the reference central service in-process, on SQLite in its data folder, with demo data, on a
 * free loopback port, and enrolls itself with a code it asks for like any fleet manager would.
 *
 * It runs in a worker thread: loading it takes about half a second of synchronous module
 * evaluation, and serving it takes CPU, and neither may stall the kiosk's own event loop, which
 * serves the page and drives the card reader and printer on their timeouts.
 */
export function startEmbeddedCentral(dataDir: string, signal?: AbortSignal): Promise<EmbeddedCentral> {
  const worker = new Worker(...workerScript(dataDir));
  const waiting = new Map<number, { resolve: (code: string) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let stopped: Promise<void> | undefined;
  let died: (error: Error) => void = () => undefined;
  const exited = new Promise<Error>((resolve) => (died = resolve));
  let crash: Error | undefined;
  let gone = false;
  const tell = (message: ToCentral): void => worker.postMessage(message);

  return new Promise<EmbeddedCentral>((resolve, reject) => {
    const fail = (error: Error): void => {
      reject(error);
      for (const waiter of waiting.values()) waiter.reject(error);
      waiting.clear();
    };
    // Stopping the kiosk while the thread still starts (on a busy machine its lowered priority can
    // make that take many seconds): end the thread now rather than wait to stop it once ready.
    let ready = false;
    const abandon = (): void => {
      if (ready) return;
      stopped ??= worker.terminate().then(() => undefined);
      fail(new Error("the embedded central service was stopped while it started"));
    };
    if (signal?.aborted === true) abandon();
    else signal?.addEventListener("abort", abandon, { once: true });
    // An uncaught error in the thread comes first, then its exit: report the error, once it is gone.
    worker.on("error", (error) => {
      crash = error;
      fail(error);
    });
    worker.on("exit", (code) => {
      gone = true;
      if (stopped !== undefined) return;
      const error = crash ?? new Error(`the embedded central service stopped (exit ${String(code)})`);
      fail(error);
      died(error);
    });
    worker.on("message", (raw: unknown) => {
      const parsed = FromCentral.safeParse(raw);
      if (!parsed.success) {
        fail(new Error("malformed message from the embedded central service"));
        return;
      }
      const message = parsed.data;
      if (message.kind === "ready") {
        ready = true;
        signal?.removeEventListener("abort", abandon);
        resolve({
          url: message.url,
          publicKeys: () => message.publicKeys,
          exited,
          createEnrollmentCode: () =>
            new Promise<string>((resolveCode, rejectCode) => {
              if (gone) {
                rejectCode(new Error("the embedded central service has stopped"));
                return;
              }
              const id = nextId++;
              waiting.set(id, { resolve: resolveCode, reject: rejectCode });
              tell({ kind: "enrollment-code", id });
            }),
          stop: () => {
            // A thread that already died has nothing left to stop, and no exit left to wait for.
            stopped ??= gone
              ? Promise.resolve()
              : new Promise<void>((done) => {
                  worker.once("exit", () => done());
                  tell({ kind: "stop" });
                });
            return stopped;
          },
        });
      } else if (message.kind === "enrollment-code") {
        waiting.get(message.id)?.resolve(message.code);
        waiting.delete(message.id);
      } else if (message.kind === "failed") {
        const error = new Error(`embedded central service: ${message.message}`);
        if (message.id === null) {
          fail(error);
          return;
        }
        waiting.get(message.id)?.reject(error);
        waiting.delete(message.id);
      }
    });
  });
}

/**
 * The thread's heap for new objects, kept small. V8 lets it grow to 16 MB per thread while start-up
 * allocates fast, and keeps it that size while the kiosk stands idle; the embedded central answers
 * a few small requests a minute, for which a few megabytes collect just as well. Measured on a
 * started kiosk: about 10 MB less resident memory, of the 35 MB or so the thread adds.
 */
const CENTRAL_LIMITS = { maxYoungGenerationSizeMb: 6 };

/**
 * The worker's script: the built one beside this bundle (`npm start`), or, when this module runs
 * from source (tests, `npm run` scripts), the TypeScript source loaded through tsx's loader, which
 * a worker thread must register for itself.
 */
function workerScript(dataDir: string): [string | URL, WorkerOptions] {
  const here = fileURLToPath(import.meta.url);
  const options: WorkerOptions = { workerData: { dataDir }, resourceLimits: CENTRAL_LIMITS };
  if (!here.endsWith(".ts")) {
    return [join(dirname(here), "embedded-central-worker.mjs"), options];
  }
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const source = pathToFileURL(join(dirname(here), "embedded-central-worker.ts")).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return [bootstrap, { ...options, eval: true }];
}
