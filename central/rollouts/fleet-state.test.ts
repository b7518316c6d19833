import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CentralDb, openCentralDb } from "../db/connect";
import { kioskStates } from "./fleet-state";

let dir = "";
let central: CentralDb;
const now = new Date("2026-12-03T08:00:00Z");
/** More than two pages of 500, and not a multiple of the page. */
const KIOSKS = 1_203;

const idOf = (i: number) => `k-${String(i).padStart(5, "0")}`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fleet-state-"));
  central = await openCentralDb(join(dir, "central.db"));
  const kiosks = Array.from({ length: KIOSKS }, (_, i) => ({
    id: idOf(i),
    name: `终端 ${String(i)}`,
    site: i % 2 === 0 ? "gulou-centre" : null,
    token_hash: `hash-${String(i)}`,
    enrolled_at: now.toISOString(),
    revoked_at: i === 600 ? now.toISOString() : null,
    next_token_hash: null,
    app_version: null,
    app_version_pending: null,
    district: null,
  }));
  for (let i = 0; i < kiosks.length; i += 200) {
    await central.db
      .insertInto("kiosks")
      .values(kiosks.slice(i, i + 200))
      .execute();
  }
  // Every third kiosk has been heard from: a minute ago, or (every ninth) an hour ago.
  const heard = kiosks
    .filter((_, i) => i % 3 === 0)
    .map((k, n) => {
      const at = new Date(now.getTime() - (n % 3 === 0 ? 3_600_000 : 60_000)).toISOString();
      return {
        kiosk_id: k.id,
        received_at: at,
        interval_seconds: 60,
        body_json: JSON.stringify({
          appVersion: "1.2.3",
          configVersion: 4,
          devices: { reader: { state: "ok" }, printer: { state: "ok", paper: "ok", coverOpen: false } },
          outboxDepth: 0,
          intervalSeconds: 60,
        }),
        app_version: "1.2.3",
        config_version: 4,
        paper: "ok",
        attention: 0,
        offline_at: at,
        state_sig: "",
      };
    });
  for (let i = 0; i < heard.length; i += 200) {
    await central.db
      .insertInto("heartbeats_latest")
      .values(heard.slice(i, i + 200))
      .execute();
  }
});
afterAll(async () => {
  await central.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("kioskStates, read by pages", () => {
  it("returns every kiosk once, in id order, across page boundaries, each with its own state", async () => {
    const states = await kioskStates(central.db, now);
    expect(states.map((s) => s.id)).toEqual(Array.from({ length: KIOSKS }, (_, i) => idOf(i)));
    expect(states.filter((s) => s.revoked).map((s) => s.id)).toEqual([idOf(600)]);
    const heard = states.filter((s) => s.lastSeen !== null);
    expect(heard).toHaveLength(Math.ceil(KIOSKS / 3));
    // Silent: never heard (two thirds) or heard an hour ago (a third of those heard).
    expect(states.filter((s) => s.silent)).toHaveLength(KIOSKS - heard.length + Math.ceil(heard.length / 3));
    expect(heard.every((s) => s.reported?.configVersion === 4)).toBe(true);
    expect(states.find((s) => s.id === idOf(2))?.site).toBe("gulou-centre");
  });

  it("lets a request waiting on the event loop run while the fleet is read", async () => {
    let ranAt = -1;
    let pagesDone = 0;
    const reading = kioskStates(central.db, now).then((s) => {
      pagesDone = s.length;
    });
    setImmediate(() => {
      ranAt = pagesDone;
    });
    await reading;
    // The waiting callback ran before the read had finished, not after it.
    expect(ranAt).toBe(0);
    expect(pagesDone).toBe(KIOSKS);
  });

  it("reads only the kiosks asked for", async () => {
    const states = await kioskStates(central.db, now, { ids: [idOf(3), idOf(1_202)] });
    expect(states.map((s) => s.id)).toEqual([idOf(3), idOf(1_202)]);
    expect(await kioskStates(central.db, now, { ids: [] })).toEqual([]);
  });
});
