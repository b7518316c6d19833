import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CentralDb, openCentralDb } from "../../central/db/connect";
import { startPostgres } from "../support/postgres";

export type DbKindName = "sqlite" | "postgres";

export interface TwoProcesses {
  /** Two handles on one database of the kind, as two central processes (or one and the CLI) hold. */
  pair(kind: DbKindName): [CentralDb, CentralDb];
  close(): Promise<void>;
}

/**
 * One SQLite file and one database in a throwaway PostgreSQL cluster, each opened twice: for
 * tests of what processes sharing a database must agree on.
 */
export async function openTwoProcessesEach(name: string): Promise<TwoProcesses> {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  const pg = await startPostgres();
  const url = await pg.createDatabase(name.replace(/-/g, "_"));
  const file = join(dir, "central.db");
  const pairs: Record<DbKindName, [CentralDb, CentralDb]> = {
    sqlite: [await openCentralDb(file), await openCentralDb(file)],
    postgres: [await openCentralDb(url), await openCentralDb(url)],
  };
  return {
    pair: (kind) => pairs[kind],
    close: async () => {
      for (const pair of Object.values(pairs)) for (const db of pair) await db.close();
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
