import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { CentralWorkerData, type FromCentral, ToCentral } from "./embedded-central-messages";

// The embedded central service's thread (see embedded-central.ts): the reference central on
// SQLite in the kiosk's data folder, with demo data, on a free loopback port.

/**
 * The embedded central is a convenience (demo, development, a kiosk without a fleet), never the
 * kiosk's main job: its thread yields the CPU to the page and the device drivers, which matters
 * most at start, when loading it takes half a second of CPU while the attract screen paints.
 * Linux names a thread by its id in /proc/thread-self, and setpriority on that id lowers this
 * thread alone. Elsewhere it keeps normal priority.
 */
function yieldCpu(): void {
  try {
    const threadId = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, 10);
  } catch {
    // Not Linux, or not allowed: run at normal priority.
  }
}

yieldCpu();
const { startCentralServer } = await import("../central/server");
const port = parentPort;
if (port === null) throw new Error("embedded-central-worker runs as a worker thread");
const say = (message: FromCentral): void => port.postMessage(message);
const { dataDir } = CentralWorkerData.parse(workerData);

try {
  const server = await startCentralServer({
    db: join(dataDir, "central.db"),
    dataDir,
    host: "127.0.0.1",
    port: 0,
    demoData: true,
  });
  port.on("message", (raw: unknown) => {
    const parsed = ToCentral.safeParse(raw);
    if (!parsed.success) {
      say({ kind: "failed", id: null, message: "malformed message to the embedded central" });
      return;
    }
    const message = parsed.data;
    if (message.kind === "stop") {
      void server.close().finally(() => {
        say({ kind: "stopped" });
        port.close();
      });
      return;
    }
    server.createEnrollmentCode("embedded").then(
      (code) => say({ kind: "enrollment-code", id: message.id, code }),
      (error: unknown) => say({ kind: "failed", id: message.id, message: String(error) }),
    );
  });
  say({ kind: "ready", url: server.url, publicKeys: server.publicKeys() });
} catch (error) {
  say({ kind: "failed", id: null, message: error instanceof Error ? error.message : String(error) });
  port.close();
}
