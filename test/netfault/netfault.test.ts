import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import type { SubmitResult } from "../../core/sync/index";
import { plainServiceId, startCentralFixture, syntheticData } from "./central-fixture";
import { startFaultProxy } from "./fault-proxy";
import { startKiosk } from "./kiosk-fixture";

// Residents keep submitting while a proxy between kiosk and central drops, delays, answers 500
// and resets connections (also after the service committed). Eventually every submission is
// stored exactly once, and every answer given to a resident matches the stored record.

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const seed = Number(process.env.NETFAULT_SEED ?? 20261127);

describe("sync through a faulty network", () => {
  it(`stores every submission exactly once (seed ${seed})`, async () => {
    const fixture = await startCentralFixture();
    closers.push(fixture.close);
    const proxy = await startFaultProxy({
      upstream: fixture.central.url,
      seed,
      odds: { drop: 0.06, delay: 0.15, "error-500": 0.1, "reset-before": 0.1, "reset-after": 0.12 },
    });
    closers.push(proxy.close);
    const kiosk = await startKiosk({
      submitTimeoutMs: 400,
      requestTimeoutMs: 600,
      heartbeatIntervalMs: 250,
      batchSize: 10,
      backoff: { baseMs: 20, maxMs: 250 },
    });
    closers.push(kiosk.close);

    proxy.setEnabled(false);
    const code = await fixture.central.createEnrollmentCode();
    const { kioskId } = await kiosk.engine.enroll({ centralUrl: proxy.url, code, name: "网络故障测试机" });
    proxy.setEnabled(true);
    kiosk.engine.start();

    const serviceId = plainServiceId();
    const results: SubmitResult[] = [];
    const worker = async (offset: number) => {
      for (let i = 0; i < 40; i++)
        results.push(await kiosk.engine.submit(serviceId, syntheticData(offset + i)));
    };
    await Promise.all([worker(0), worker(1000), worker(2000)]);
    expect(results).toHaveLength(120);
    expect(results.some((r) => r.queued)).toBe(true);
    expect(results.some((r) => !r.queued)).toBe(true);

    await until(() => kiosk.engine.status().outboxDepth === 0, 40_000, "the outbox to drain under faults");
    for (const fault of ["drop", "delay", "error-500", "reset-before", "reset-after"] as const) {
      expect(proxy.counts[fault], `fault ${fault} never happened`).toBeGreaterThan(0);
    }

    const ids = results.map((r) => r.id).sort();
    expect(fixture.storedIds(kioskId)).toEqual(ids);
    expect(kiosk.engine.status().rejected).toEqual([]);

    // What a resident was told online is what central keeps; queued ones got a local number.
    const central = new Database(fixture.dbPath, { readonly: true });
    const tracking = new Map(
      (
        central.prepare("SELECT id, tracking_no FROM submissions").all() as {
          id: string;
          tracking_no: string;
        }[]
      ).map((r) => [r.id, r.tracking_no]),
    );
    central.close();
    for (const r of results) {
      if (r.queued) expect(r.referenceNo).toMatch(/^L-/);
      else expect(r.referenceNo).toBe(tracking.get(r.id));
    }
  }, 90_000);
});
