import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CentralDb, openCentralDb } from "../../central/db/connect";
import {
  type HeartbeatRow,
  recordHeartbeats,
  recordHeartbeatsInOneStatement,
} from "../../central/db/queries/heartbeats";
import type { HeartbeatRequest } from "../../central/protocol";
import { startPostgres, type TestPostgres } from "../support/postgres";

let pg: TestPostgres;
let transactional: CentralDb;
let oneStatement: CentralDb;

beforeAll(async () => {
  pg = await startPostgres();
  transactional = await openCentralDb(await pg.createDatabase("beats_tx"));
  oneStatement = await openCentralDb(await pg.createDatabase("beats_one"));
}, 60_000);
afterAll(async () => {
  await transactional.close();
  await oneStatement.close();
  await pg.stop();
});

const body = (paper: "ok" | "near-end" | "out"): HeartbeatRequest => ({
  appVersion: "1.0.0",
  configVersion: 3,
  devices: { reader: { state: "ok" }, printer: { state: "ok", paper, coverOpen: false } },
  outboxDepth: 0,
  intervalSeconds: 60,
});
const beat = (kioskId: string, at: string, paper: "ok" | "near-end" | "out"): HeartbeatRow => ({
  kioskId,
  receivedAt: `2026-12-04T08:${at}Z`,
  intervalSeconds: 60,
  body: body(paper),
  bodyJson: JSON.stringify(body(paper)),
});

/** Batches as a group commit hands them over: kiosks new and known, one kiosk thrice in a batch. */
const batches: HeartbeatRow[][] = [
  [beat("k1", "00:00", "ok"), beat("k2", "00:00", "ok")],
  [beat("k1", "01:00", "ok"), beat("k2", "01:00", "near-end"), beat("k3", "01:00", "ok")],
  [
    beat("k1", "02:03", "ok"),
    beat("k1", "02:01", "out"),
    beat("k1", "02:02", "ok"),
    beat("k2", "02:00", "near-end"),
  ],
];

async function tables(db: CentralDb) {
  const changes = await db.db
    .selectFrom("heartbeat_changes")
    .select(["kiosk_id", "received_at"])
    .orderBy("kiosk_id")
    .orderBy("received_at")
    .execute();
  const latest = await db.db.selectFrom("heartbeats_latest").selectAll().orderBy("kiosk_id").execute();
  return { changes, latest };
}

describe("heartbeats on PostgreSQL in one statement", () => {
  it("stores the same changes and latest state as the transaction does, batch by batch", async () => {
    for (const batch of batches) {
      await recordHeartbeats(transactional.db, batch);
      await recordHeartbeatsInOneStatement(oneStatement.db, batch);
      expect(await tables(oneStatement)).toEqual(await tables(transactional));
    }
    const { changes, latest } = await tables(oneStatement);
    // New kiosks once each, k2's paper running low, and k1's out-then-back within one batch.
    expect(changes.map((c) => `${c.kiosk_id} ${c.received_at.slice(11, 19)}`)).toEqual([
      "k1 08:00:00",
      "k1 08:02:01",
      "k1 08:02:02",
      "k2 08:00:00",
      "k2 08:01:00",
      "k3 08:01:00",
    ]);
    expect(latest.map((l) => [l.kiosk_id, l.paper, l.received_at.slice(11, 19)])).toEqual([
      ["k1", "ok", "08:02:03"],
      ["k2", "near-end", "08:02:00"],
      ["k3", "ok", "08:01:00"],
    ]);
  });

  it("writes a repeated batch once", async () => {
    const before = await tables(oneStatement);
    await recordHeartbeatsInOneStatement(oneStatement.db, batches[2] ?? []);
    expect((await tables(oneStatement)).changes).toEqual(before.changes);
  });
});
