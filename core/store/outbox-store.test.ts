import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type KioskStore, openKioskStore } from "./kiosk-store";

const stores: { store: KioskStore; dir: string }[] = [];
async function tempStore(): Promise<KioskStore> {
  const dir = mkdtempSync(join(tmpdir(), "kiosk-outbox-"));
  const store = await openKioskStore({ dataDir: dir });
  stores.push({ store, dir });
  return store;
}
afterEach(() => {
  for (const { store, dir } of stores.splice(0)) {
    if (store.db.open) store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

// Synthetic resident: the marker string lets us look for plaintext in the raw file.
const resident = { name: "测试居民", idNumber: "35010219900101123X", note: "PLAINTEXT-MARKER-7f3a" };

function fileBytes(store: KioskStore): Buffer {
  store.db.pragma("wal_checkpoint(TRUNCATE)");
  return readFileSync(store.path);
}

describe("Outbox", () => {
  it("keeps items in order, durable across a reopen, and never in plaintext on disk", async () => {
    const store = await tempStore();
    const a = store.outbox.enqueue("svc-a", resident);
    const b = store.outbox.enqueue("svc-b", { n: 2 });
    expect(b.seq).toBeGreaterThan(a.seq);
    const dir = stores[0]!.dir;
    expect(readFileSync(join(dir, "kiosk.db-wal")).includes("PLAINTEXT-MARKER")).toBe(false);
    store.close();
    expect(readFileSync(join(dir, "kiosk.db")).includes("PLAINTEXT-MARKER")).toBe(false);

    const reopened = await openKioskStore({ dataDir: dir });
    stores.push({ store: reopened, dir });
    expect(reopened.outbox.queued().map((i) => i.id)).toEqual([a.id, b.id]);
    expect(reopened.outbox.data(a.id)).toEqual(resident);
    expect(reopened.outbox.depth()).toBe(2);
  });

  it("drops the sealed payload on acknowledgement and keeps the reference", async () => {
    const store = await tempStore();
    const item = store.outbox.enqueue("svc", resident);
    const sealed = store.db.prepare("SELECT payload FROM outbox WHERE id = ?").get(item.id) as {
      payload: Buffer;
    };
    expect(fileBytes(store).includes(sealed.payload)).toBe(true);

    expect(
      store.outbox.acknowledge(item.id, {
        status: "approved",
        trackingNo: "T-1",
        at: "2026-01-01T00:00:00Z",
      }),
    ).toBe(true);
    expect(store.outbox.depth()).toBe(0);
    expect(store.outbox.get(item.id)?.state).toBe("sent");
    expect(() => store.outbox.data(item.id)).toThrow(/not queued/);
    // secure_delete: the freed sealed bytes are overwritten, not left in a free page.
    expect(fileBytes(store).includes(sealed.payload)).toBe(false);
    // A second acknowledgement (a replayed answer) changes nothing.
    expect(store.outbox.acknowledge(item.id, { status: "approved", trackingNo: "T-1", at: "x" })).toBe(false);
  });

  it("keeps only service id, time and reason of a rejected item", async () => {
    const store = await tempStore();
    const item = store.outbox.enqueue("svc-x", resident);
    store.outbox.reject(item.id, { reason: "422 unknown service", at: "2026-01-01T00:00:00.000Z" });
    expect(store.outbox.rejected()).toEqual([
      { id: item.id, serviceId: "svc-x", reason: "422 unknown service", at: "2026-01-01T00:00:00.000Z" },
    ]);
    const row = store.db.prepare("SELECT payload FROM outbox WHERE id = ?").get(item.id) as { payload: null };
    expect(row.payload).toBeNull();
  });

  it("counts attempts and the next attempt time on retry, and withdraws an unsent item", async () => {
    const store = await tempStore();
    const item = store.outbox.enqueue("svc", { n: 1 }, { nextAttemptAt: 0 });
    store.outbox.retryLater(item.id, { error: "ECONNRESET", nextAttemptAt: 5000 });
    expect(store.outbox.get(item.id)).toMatchObject({
      attempts: 1,
      nextAttemptAt: 5000,
      lastError: "ECONNRESET",
    });
    expect(store.outbox.withdraw(item.id)).toBe(true);
    expect(store.outbox.get(item.id)).toBeUndefined();
  });
});
