import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CentralServer, startCentralServer } from "../../central/server";
import { canonicalJson, type SubmissionRequest } from "../../central/protocol";
import { services } from "../../kiosk-config/services/index";
import { openDatabase, openKioskStore } from "../../core/store/index";
import { SyncEngine } from "../../core/sync/index";
import type { Benchmark, Figure } from "./types";

// Synthetic resident, the size of a typical application (answers + identity from the card).
const residentData = (n: number) => ({
  answers: {
    reason: `新生儿参保 synthetic ${n}`,
    phone: "13800000000",
    address: "福州市鼓楼区测试路 1 号",
    note: "x".repeat(400),
  },
  identity: {
    name: "测试居民",
    idNumber: "35010219900101123X",
    birthDate: "1990-01-01",
    sex: "女",
    cardType: "id",
  },
});

/** Enqueue with FULL durability and encryption, beside raw better-sqlite3 on the same pragmas. */
async function enqueueRate(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-store-"));
  try {
    const store = await openKioskStore({ dataDir: dir });
    // The peer: plain better-sqlite3 on a file with the same schema and pragmas (openDatabase),
    // inserting a ready-made blob of the same size: what is left is our cost (JSON, AES-GCM, uuid).
    const raw = openDatabase(join(dir, "raw.db")).db;
    const insert = raw.prepare(
      "INSERT INTO outbox (id, service_id, payload, created_at, state, next_attempt_at) VALUES (?, 'bench', ?, ?, 'queued', 0)",
    );
    const plain = store.sealer.seal(JSON.stringify(residentData(0)), "peer");

    // Alternating rounds so both sides see the same disk and the same neighbours' noise.
    let oursMs = 0;
    let rawMs = 0;
    let n = 0;
    const rounds = 16;
    const perRound = 50;
    for (let round = 0; round < rounds; round++) {
      let t = performance.now();
      for (let i = 0; i < perRound; i++) store.outbox.enqueue("bench", residentData(n++));
      oursMs += performance.now() - t;
      t = performance.now();
      for (let i = 0; i < perRound; i++) insert.run(`raw-${round}-${i}`, plain, new Date().toISOString());
      rawMs += performance.now() - t;
    }
    store.close();
    raw.close();
    const count = rounds * perRound;
    const ours = (count / oursMs) * 1000;
    const peer = (count / rawMs) * 1000;
    return [
      {
        name: "enqueue (sealed, synchronous=FULL)",
        value: ours,
        unit: "items/s",
        peer: { name: "raw better-sqlite3 inserts, same schema and pragmas", value: peer },
        goal: "≥ 0.8× raw",
        meetsGoal: ours / peer >= 0.8,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const drainCount = 10_000;

/** Drains 10,000 queued submissions to a real central over loopback, beside bare batch POSTs. */
async function drainTime(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), "bench-drain-"));
  let central: CentralServer | undefined;
  try {
    central = await startCentralServer({ db: join(dir, "central.db"), port: 0, logLevel: "error" });
    const serviceId = services.find((s) => s.kind !== "query" && s.approvalRule === undefined)?.id ?? "";
    const store = await openKioskStore({ dataDir: join(dir, "kiosk") });
    const engine = new SyncEngine({ store, appVersion: "bench" });
    await engine.enroll({
      centralUrl: central.url,
      code: await central.createEnrollmentCode(),
      name: "bench",
    });
    // Setup only: one transaction for the 10,000 rows (the enqueue figure above measures FULL).
    store.outbox.inTransaction(() => {
      for (let i = 0; i < drainCount; i++) store.outbox.enqueue(serviceId, residentData(i));
    });
    let t = performance.now();
    while (store.outbox.depth() > 0) {
      const report = await engine.syncNow();
      if (report.sent === 0 && store.outbox.depth() > 0) throw new Error("drain made no progress");
    }
    const oursMs = performance.now() - t;
    store.close();

    // Floor: the same number of items as bare batch POSTs of 100 from a second kiosk, with no
    // store, no sealing and no bookkeeping: what the central service and loopback cost alone.
    const peerToken = await enrollBare(central);
    const batches: string[] = [];
    for (let b = 0; b < drainCount / 100; b++) {
      const items: SubmissionRequest[] = Array.from({ length: 100 }, (_, i) => ({
        id: crypto.randomUUID(),
        serviceId,
        data: residentData(b * 100 + i),
        createdAt: new Date().toISOString(),
      }));
      batches.push(canonicalJson({ items }));
    }
    t = performance.now();
    for (const body of batches) {
      const res = await fetch(new URL("/v1/submissions/batch", central.url), {
        method: "POST",
        headers: { authorization: `Bearer ${peerToken}`, "content-type": "application/json" },
        body,
      });
      if (res.status !== 200) throw new Error(`bare batch answered ${res.status}`);
      await res.arrayBuffer();
    }
    const peerMs = performance.now() - t;
    return [
      {
        name: `drain ${drainCount} queued submissions over loopback`,
        value: oursMs / 1000,
        unit: "s",
        peer: { name: "bare batch POSTs, same central", value: peerMs / 1000 },
        goal: "≤ 20 s",
        meetsGoal: oursMs <= 20_000,
      },
    ];
  } finally {
    await central?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function enrollBare(central: CentralServer): Promise<string> {
  const res = await fetch(new URL("/v1/enroll", central.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code: await central.createEnrollmentCode(), name: "bench-floor" }),
  });
  const body = (await res.json()) as { token: string };
  return body.token;
}

export const benchmarks: Benchmark[] = [
  { group: "store: enqueue", run: enqueueRate },
  { group: "store: drain", run: drainTime },
];
