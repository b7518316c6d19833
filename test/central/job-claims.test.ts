import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimJobPass } from "../../central/db/queries/job-claims";
import { openTwoProcessesEach, type TwoProcesses } from "./two-processes";

// Starts a throwaway PostgreSQL cluster (test/support/postgres.ts) beside a SQLite file.
let dbs: TwoProcesses;
beforeAll(async () => {
  dbs = await openTwoProcessesEach("job-claims");
}, 60_000);
afterAll(async () => {
  await dbs.close();
});

const at = (s: number) => new Date(Date.UTC(2026, 11, 4, 8, 0, s)).toISOString();

describe.each(["sqlite", "postgres"] as const)("claiming a job's pass (%s)", (kind) => {
  it("gives each pass to exactly one of the processes claiming it at once", async () => {
    const [a, b] = dbs.pair(kind);
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, i) => claimJobPass((i % 2 === 0 ? a : b).db, "sweep", at(0), at(-12))),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it("refuses a claim while the last is recent, and grants it once the last is old enough", async () => {
    const [a, b] = dbs.pair(kind);
    expect(await claimJobPass(b.db, "sweep", at(7), at(-5))).toBe(false);
    expect(await claimJobPass(b.db, "sweep", at(15), at(3))).toBe(true);
    expect(await claimJobPass(a.db, "sweep", at(16), at(4))).toBe(false);
    // Another job is claimed on its own.
    expect(await claimJobPass(a.db, "sample", at(16), at(4))).toBe(true);
  });
});
