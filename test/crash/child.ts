/**
 * The crash test's kiosk: enqueues residents' applications and prints `ack <id>` for each one
 * AFTER the durable enqueue returned (what the resident would be told). Every 25th goes through
 * `engine.submit` (enqueue, then an immediate POST); the rest are enqueued and left to the
 * background drain, so kills land in enqueues, direct POSTs and batch drains alike.
 * The parent kills it with SIGKILL at random points. Usage:
 *   node --import tsx test/crash/child.ts <dataDir> <serviceId> <run> <count>
 */
import * as z from "zod";
import { openKioskStore } from "../../core/store/index";
import { SyncEngine } from "../../core/sync/index";

const Args = z.tuple([
  z.string().min(1),
  z.string().min(1),
  z.coerce.number().int(),
  z.coerce.number().int().min(0),
]);
const [dataDir, serviceId, run, count] = Args.parse(process.argv.slice(2));

const store = await openKioskStore({ dataDir });
const engine = new SyncEngine({
  store,
  appVersion: "crash-test",
  submitTimeoutMs: 500,
  requestTimeoutMs: 800,
  heartbeatIntervalMs: 300,
  batchSize: 20,
  backoff: { baseMs: 20, maxMs: 200 },
  onError: (error) => process.stderr.write(`child background error: ${String(error)}\n`),
});
engine.start();
process.stdout.write("ready\n");
for (let i = 0; i < count; i++) {
  const data = { answers: { run: String(run), seq: String(i), note: "崩溃测试" } };
  if (i % 25 === 0) {
    const result = await engine.submit(serviceId, data);
    process.stdout.write(`ack ${result.id}\n`);
  } else {
    const item = store.outbox.enqueue(serviceId, data);
    process.stdout.write(`ack ${item.id}\n`);
    engine.drainDue().catch(() => {
      // Reported through onError; the next drain retries.
    });
    // Let the drain's network callbacks run between enqueues, as a real kiosk's would.
    await new Promise((resolve) => setImmediate(resolve));
  }
}
await engine.syncNow();
process.stdout.write("done\n");
await engine.stop();
store.close();
