import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CentralDb, openCentralDb } from "../../central/db/connect";
import { claimJobPass } from "../../central/db/queries/job-claims";
import { startPostgres, type TestPostgres } from "../support/postgres";

// Starts a throwaway PostgreSQL cluster (test/support/postgres.ts) beside a SQLite file.
let dir = "";
let pg: TestPostgres;
const dbs: Record<string, CentralDb[]> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "job-claims-"));
  pg = await startPostgres();
  const url = await pg.createDatabase("claims");
  // Two handles on one database each: two central processes.
  dbs.sqlite = [await openCentralDb(join(dir, "c.db")), await openCentralDb(join(dir, "c.db"))];
  dbs.postgres = [await openCentralDb(url), await openCentralDb(url)];
}, 60_000);
afterAll(async () => {
  for (const list of Object.values(dbs)) for (const db of list) await db.close();
  await pg.stop();
  rmSync(dir, { recursive: true, force: true });
});

const at = (s: number) => new Date(Date.UTC(2026, 11, 4, 8, 0, s)).toISOString();

describe.each(["sqlite", "postgres"])("claiming a job's pass (%s)", (kind) => {
  it("gives each pass to exactly one of the processes claiming it at once", async () => {
    const [a, b] = dbs[kind] ?? [];
    if (a === undefined || b === undefined) throw new Error("databases not open");
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, i) => claimJobPass((i % 2 === 0 ? a : b).db, "sweep", at(0), at(-12))),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it("refuses a claim while the last is recent, and grants it once the last is old enough", async () => {
    const [a, b] = dbs[kind] ?? [];
    if (a === undefined || b === undefined) throw new Error("databases not open");
    expect(await claimJobPass(b.db, "sweep", at(7), at(-5))).toBe(false);
    expect(await claimJobPass(b.db, "sweep", at(15), at(3))).toBe(true);
    expect(await claimJobPass(a.db, "sweep", at(16), at(4))).toBe(false);
    // Another job is claimed on its own.
    expect(await claimJobPass(a.db, "sample", at(16), at(4))).toBe(true);
  });
});
