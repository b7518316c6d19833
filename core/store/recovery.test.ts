import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseTooNewError, DiskFullError } from "./errors";
import { openKioskStore } from "./kiosk-store";

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "kiosk-recovery-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the kiosk store at open", () => {
  it("moves a damaged kiosk.db aside and starts on a fresh store", async () => {
    const dir = tempDir();
    const garbage = Buffer.from("this is not a database ".repeat(300));
    writeFileSync(join(dir, "kiosk.db"), garbage);
    const store = await openKioskStore({ dataDir: dir });
    try {
      expect(store.recovered).not.toBeNull();
      expect(store.recovered?.reason).toMatch(/not a database/);
      const movedTo = store.recovered?.movedTo ?? "";
      expect(movedTo.startsWith(join(dir, "kiosk.db.corrupt-"))).toBe(true);
      expect(readFileSync(movedTo)).toEqual(garbage);
      // The fresh store works: a submission is kept.
      const item = store.outbox.enqueue("svc", { answers: { a: "1" } });
      expect(store.outbox.data(item.id)).toEqual({ answers: { a: "1" } });
    } finally {
      store.close();
    }
    const again = await openKioskStore({ dataDir: dir });
    expect(again.recovered).toBeNull();
    expect(again.outbox.depth()).toBe(1);
    again.close();
  });

  it("moves aside a file whose pages are damaged behind a valid header", async () => {
    const dir = tempDir();
    const first = await openKioskStore({ dataDir: dir });
    for (let i = 0; i < 50; i++)
      first.outbox.enqueue("svc", { answers: { n: String(i), pad: "x".repeat(500) } });
    first.db.pragma("wal_checkpoint(TRUNCATE)");
    first.close();
    const path = join(dir, "kiosk.db");
    const bytes = readFileSync(path);
    // Keep the 100-byte header and page 1; scribble over everything after it.
    bytes.fill(0xa5, 4096);
    writeFileSync(path, bytes);
    const store = await openKioskStore({ dataDir: dir });
    expect(store.recovered).not.toBeNull();
    expect(store.outbox.depth()).toBe(0);
    store.close();
  });

  it("never moves a database written by a newer app: that is refused, not discarded", async () => {
    const dir = tempDir();
    const raw = new Database(join(dir, "kiosk.db"));
    raw.pragma("user_version = 9990");
    raw.close();
    await expect(openKioskStore({ dataDir: dir })).rejects.toBeInstanceOf(DatabaseTooNewError);
    expect(existsSync(join(dir, "kiosk.db"))).toBe(true);
  });

  it("keeps the database files owner-only (0600)", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "kiosk.db"), "", { mode: 0o644 });
    const store = await openKioskStore({ dataDir: dir });
    store.outbox.enqueue("svc", { answers: {} });
    for (const name of ["kiosk.db", "kiosk.db-wal", "kiosk.db-shm"]) {
      expect((statSync(join(dir, name)).mode & 0o777).toString(8)).toBe("600");
    }
    store.close();
  });

  it("a full disk refuses the submission plainly and loses nothing already saved", async () => {
    const dir = tempDir();
    const store = await openKioskStore({ dataDir: dir });
    try {
      const kept = store.outbox.enqueue("svc", { answers: { a: "saved before" } });
      // A size limit at the current page count: the next page SQLite needs is not there.
      const pages = store.db.pragma("page_count", { simple: true });
      store.db.pragma(`max_page_count = ${String(pages)}`);
      const big = { answers: { photo: "x".repeat(200_000) } };
      let thrown: unknown;
      try {
        store.outbox.enqueue("svc", big);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DiskFullError);
      expect((thrown as DiskFullError).messageZh).toMatch(/存储空间已满.*没有保存/);
      expect(store.outbox.depth()).toBe(1);
      expect(store.outbox.data(kept.id)).toEqual({ answers: { a: "saved before" } });
    } finally {
      store.close();
    }
  });
});
