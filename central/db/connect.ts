import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import { migrationsFor } from "./migrations/index";
import { withPreparedStatements } from "./prepared-statements";
import type { CentralSchema } from "./schema";
import { withStatementCache } from "./statement-cache";

/** Which engine a `CENTRAL_DB` value selects. */
export type DbKind = "sqlite" | "postgres";

/** An open, migrated central database. */
export interface CentralDb {
  readonly db: Kysely<CentralSchema>;
  readonly kind: DbKind;
  /** The SQLite file's absolute path; undefined on PostgreSQL. */
  readonly file: string | undefined;
  close(): Promise<void>;
}

/** The database holds migrations this code does not know: it was written by a newer version. */
export class DatabaseTooNewError extends Error {
  constructor(cause: unknown) {
    super(
      "中心数据库版本比本程序新，拒绝打开 / the central database was migrated by a newer version; refusing to open it",
      { cause },
    );
    this.name = "DatabaseTooNewError";
  }
}

export const dbKindOf = (target: string): DbKind =>
  /^postgres(ql)?:\/\//i.test(target) ? "postgres" : "sqlite";

/**
 * Opens `target` (a SQLite file path, or a `postgres://` URL) and migrates it.
 *
 * Why one Kysely for both: every query in central/db/queries runs unchanged on both engines, so
 * the suite that proves one proves the other.
 */
export async function openCentralDb(target: string, options: { poolSize?: number } = {}): Promise<CentralDb> {
  const kind = dbKindOf(target);
  let db: Kysely<CentralSchema>;
  let file: string | undefined;
  let sqliteFile: Database.Database | undefined;
  if (kind === "postgres") {
    // Loaded only for PostgreSQL: pg's modules (about 3 MB of heap, more resident while they
    // load) are of no use to a central on SQLite, the kiosk's embedded one among them.
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({ connectionString: target, max: options.poolSize ?? 10 });
    db = new Kysely<CentralSchema>({ dialect: new PostgresDialect({ pool: withPreparedStatements(pool) }) });
  } else {
    file = resolve(target);
    mkdirSync(dirname(file), { recursive: true });
    const sqlite = new Database(file);
    // First, so that every later statement (switching to WAL included) waits for a writer in
    // another process instead of failing at once: the fleet CLI may write while the server runs.
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("journal_mode = WAL");
    // Residents' submissions are acknowledged only once durable.
    sqlite.pragma("synchronous = FULL");
    sqlite.pragma("foreign_keys = ON");
    sqliteFile = sqlite;
    db = new Kysely<CentralSchema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  }
  try {
    if (sqliteFile === undefined) await migrate(db, kind);
    else await migrateSqliteAlone(sqliteFile, db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, kind, file, close: () => db.destroy() };
}

/**
 * Kysely takes no lock on SQLite and runs each migration on its own, so two processes opening
 * one fresh file (two fleet commands at once, or the CLI beside the server) interleave and the
 * slower one trips over tables the other just made. Holding SQLite's write lock for the whole
 * run makes the second process wait and then find every migration applied.
 */
async function migrateSqliteAlone(sqlite: Database.Database, db: Kysely<CentralSchema>): Promise<void> {
  // A whole migration run on a loaded machine can outlast the 5 s an ordinary write waits.
  sqlite.pragma("busy_timeout = 60000");
  sqlite.exec("BEGIN IMMEDIATE");
  try {
    await migrate(db, "sqlite");
    sqlite.exec("COMMIT");
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    throw error;
  } finally {
    sqlite.pragma("busy_timeout = 5000");
  }
}

async function migrate(db: Kysely<CentralSchema>, kind: DbKind): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(migrationsFor(kind)) },
  });
  // Two processes starting on one fresh PostgreSQL may race creating Kysely's own bookkeeping
  // tables; the loser succeeds on a second try once the winner's tables exist.
  for (let attempt = 1; ; attempt++) {
    const { error } = await migrator.migrateToLatest();
    if (error === undefined) return;
    const message = error instanceof Error ? error.message : "";
    if (/corrupted migrations/i.test(message)) throw new DatabaseTooNewError(error);
    if (attempt >= 3) throw new Error(`central database migration failed: ${message}`, { cause: error });
  }
}
