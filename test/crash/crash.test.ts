import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { loadDataKey } from "../../central/privacy/data-key";
import { Sealer } from "../../central/privacy/sealer";
import { openData } from "../../central/privacy/submission-fields";
import { openKioskStore } from "../../core/store/index";
import { SyncEngine } from "../../core/sync/index";
import { fastTempDir, plainServiceId, startCentralFixture } from "../netfault/central-fixture";
import { seededRandom, startFaultProxy } from "../netfault/fault-proxy";

// A kiosk process submitting 1,000 applications is killed with SIGKILL at random points (mid
// enqueue, mid POST, mid drain) and restarted; a small share of requests also fail in the
// network so the outbox drain runs too. Afterwards every acknowledged submission is stored by
// the central service exactly once, and nothing the kiosk never enqueued appears there.

const total = 1000;
const seed = Number(process.env.CRASH_SEED ?? 5);
const childScript = join(import.meta.dirname, "child.ts");

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** Runs the child until it printed `killAfterAcks` acks (then SIGKILL) or finished. */
function runChild(
  args: string[],
  killAfterAcks: number,
  killAfterMs: number,
  onAck: (id: string) => void,
): Promise<{ killed: boolean; acks: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", childScript, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let acks = 0;
    let killed = false;
    let timer: NodeJS.Timeout | undefined;
    const kill = () => {
      if (killed) return;
      killed = true;
      child.kill("SIGKILL");
    };
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (line === "ready") timer = setTimeout(kill, killAfterMs);
      if (!line.startsWith("ack ")) return;
      // Only lines the child wrote before dying count: the resident saw exactly these.
      onAck(line.slice(4));
      acks++;
      if (acks >= killAfterAcks) kill();
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (signal === "SIGKILL" || code === 0) resolve({ killed: signal === "SIGKILL", acks });
      else reject(new Error(`child exited with ${code ?? signal}`));
    });
  });
}

describe("crash safety", () => {
  it(`every acknowledged submission arrives exactly once despite SIGKILL (seed ${seed})`, async () => {
    const fixture = await startCentralFixture({ baseDir: fastTempDir() });
    closers.push(fixture.close);
    const proxy = await startFaultProxy({
      upstream: fixture.central.url,
      seed,
      odds: { drop: 0, delay: 0.05, "error-500": 0.04, "reset-before": 0.02, "reset-after": 0.04 },
    });
    closers.push(proxy.close);
    const dataDir = mkdtempSync(join(fastTempDir(), "kiosk-crash-"));
    closers.push(() => {
      rmSync(dataDir, { recursive: true, force: true });
      return Promise.resolve();
    });

    proxy.setEnabled(false);
    const enrolling = await openKioskStore({ dataDir });
    const code = await fixture.central.createEnrollmentCode();
    const { kioskId } = await new SyncEngine({ store: enrolling, appVersion: "crash-test" }).enroll({
      centralUrl: proxy.url,
      code,
      name: "崩溃测试机",
    });
    enrolling.close();
    proxy.setEnabled(true);

    const random = seededRandom(seed);
    const acked: string[] = [];
    let kills = 0;
    for (let run = 0; acked.length < total; run++) {
      const remaining = total - acked.length;
      const killAfterAcks = 60 + Math.floor(random() * 340);
      const killAfterMs = 300 + Math.floor(random() * 8000);
      const outcome = await runChild(
        [dataDir, plainServiceId(), String(run), String(remaining)],
        killAfterAcks,
        killAfterMs,
        (id) => acked.push(id),
      );
      if (outcome.killed) kills++;
      expect(run, "too many restarts").toBeLessThan(60);
    }
    expect(kills).toBeGreaterThanOrEqual(2);

    // Restarted one last time with a healthy network: drain what is left.
    proxy.setEnabled(false);
    const store = await openKioskStore({ dataDir });
    closers.push(() => {
      store.close();
      return Promise.resolve();
    });
    const engine = new SyncEngine({ store, appVersion: "crash-test" });
    for (let i = 0; i < 5 && store.outbox.depth() > 0; i++) await engine.syncNow();
    expect(store.outbox.depth()).toBe(0);
    expect(store.db.pragma("integrity_check", { simple: true })).toBe("ok");

    const stored = new Set(fixture.storedIds(kioskId));
    const enqueued = store.db.prepare("SELECT id, state FROM outbox").all() as {
      id: string;
      state: string;
    }[];
    expect(enqueued.every((row) => row.state === "sent")).toBe(true);
    // Exactly once: central holds one row per enqueued item (its key is (kiosk, id)) and nothing else.
    expect([...stored].sort()).toEqual(enqueued.map((row) => row.id).sort());
    const missing = acked.filter((id) => !stored.has(id));
    expect(missing).toEqual([]);
    expect(new Set(acked).size).toBe(acked.length);
    expect(acked.length).toBeGreaterThanOrEqual(total);

    // Submission data is sealed at rest: open each row with the fixture's data key to compare.
    const central = new Database(fixture.dbPath, { readonly: true });
    const sealer = new Sealer(loadDataKey({ kind: "sqlite", dataDir: dirname(fixture.dbPath), keyFile: undefined }));
    const rows = central
      .prepare("SELECT kiosk_id, id, data_sealed FROM submissions WHERE kiosk_id = ?")
      .all(kioskId) as { kiosk_id: string; id: string; data_sealed: string }[];
    central.close();
    const seen = new Map<string, number>();
    for (const row of rows) {
      const data = JSON.parse(
        openData(sealer, { kioskId: row.kiosk_id, submissionId: row.id }, row.data_sealed),
      ) as { answers: { run?: unknown; seq?: unknown } };
      const key = `${String(data.answers.run)}/${String(data.answers.seq)}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const perSeq = [...seen].filter(([, n]) => n > 1);
    expect(perSeq).toEqual([]);
  }, 150_000);
});
