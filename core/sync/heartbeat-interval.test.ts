import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../test/support/manual-clock";
import { openKioskStore } from "../store/kiosk-store";
import { SyncEngine } from "./engine";
import { startScriptedCentral } from "./testing";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

/** Lets a beat finish (its reply read, the next one scheduled) before the clock moves on. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/**
 * An enrolled engine beating against a scripted central that answers every heartbeat; `onBeat`
 * hears each one (its time and what it said) while the central is still answering it.
 */
async function beatingKiosk(
  heartbeatIntervalMs: () => number,
  onBeat: (at: number, body: { intervalSeconds?: unknown }) => void,
) {
  const dir = mkdtempSync(join(tmpdir(), "kiosk-beat-"));
  const store = await openKioskStore({ dataDir: dir });
  const clock = new ManualClock();
  const central = await startScriptedCentral((req) => {
    if (req.path === "/v1/enroll") return { status: 201, body: { kioskId: "kiosk-1", token: "t0ken" } };
    if (req.path === "/v1/heartbeat") {
      onBeat(clock.now(), req.body as { intervalSeconds?: unknown });
      return {
        status: 200,
        body: {
          serverTime: new Date(clock.now()).toISOString(),
          desiredConfigVersion: 0,
          catalogVersion: "",
          heartbeatIntervalSeconds: 60,
        },
      };
    }
    return { status: 404, body: { error: { code: "not-found", zh: "无", en: "none" } } };
  });
  const engine = new SyncEngine({ store, appVersion: "test", clock, heartbeatIntervalMs });
  cleanups.push(async () => {
    await engine.stop();
    await central.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  await engine.enroll({ centralUrl: central.url, code: "CODE", name: "测试机" });
  return { engine, clock };
}

describe("heartbeat interval", () => {
  it("is read before each beat, so a config that shortens it applies without a restart", async () => {
    const beats: { at: number; intervalSeconds: unknown }[] = [];
    // What the config in force says; the fleet changes it below.
    let heartbeatSeconds = 60;
    const { engine, clock } = await beatingKiosk(
      () => heartbeatSeconds * 1000,
      (at, body) => beats.push({ at, intervalSeconds: body.intervalSeconds }),
    );
    engine.start();
    clock.advance(0);
    await until(() => beats.length === 1);
    expect(beats[0]?.intervalSeconds).toBe(60);
    await settle();

    heartbeatSeconds = 5;
    // The beat already scheduled keeps its minute; from then on, every 5 s, and it says so.
    clock.advance(5_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(beats).toHaveLength(1);
    clock.advance(55_000);
    await until(() => beats.length === 2);
    expect(beats[1]?.intervalSeconds).toBe(5);
    await settle();
    clock.advance(5_000);
    await until(() => beats.length === 3);
    expect((beats[2]?.at ?? 0) - (beats[1]?.at ?? 0)).toBe(5_000);
  });

  it("reports a change of state one second after it, not one interval later, once per burst", async () => {
    const beats: number[] = [];
    // Set below: the first beat's reply is where a kiosk applies a new config, mid-beat.
    let duringBeat: (() => void) | undefined;
    const { engine, clock } = await beatingKiosk(
      () => 60_000,
      (at) => {
        beats.push(at);
        duringBeat?.();
        duringBeat = undefined;
      },
    );
    duringBeat = () => {
      engine.reportSoon();
      engine.reportSoon();
    };
    engine.start();
    clock.advance(0);
    await until(() => beats.length === 1);
    await settle();
    // Owed during the beat: sent one second after it, once for both calls.
    clock.advance(999);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(beats).toHaveLength(1);
    clock.advance(1);
    await until(() => beats.length === 2);
    await settle();
    // Then the interval again, counted from the report.
    clock.advance(59_999);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(beats).toHaveLength(2);
    clock.advance(1);
    await until(() => beats.length === 3);
    await settle();

    // Between beats: the change goes out one second later, and the next beat counts from there.
    clock.advance(10_000);
    engine.reportSoon();
    engine.reportSoon();
    clock.advance(1_000);
    await until(() => beats.length === 4);
    await settle();
    expect(beats.map((at) => at - (beats[0] ?? 0))).toEqual([0, 1_000, 61_000, 72_000]);
    clock.advance(5_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(beats).toHaveLength(4);
  });
});
