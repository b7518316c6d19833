import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";
import type pg from "pg";

/** Only statements PostgreSQL plans are worth preparing; DDL runs once, at migration. */
const PLANNED = /^\s*(select|insert|update|delete|with)\b/i;

/** SQLSTATE 0A000: "cached plan must not change result type", after another process altered a table. */
const STALE_PLAN = "0A000";

/**
 * A pg pool for Kysely whose statements are prepared once per connection and then only bound and
 * run (PostgreSQL's named statements).
 *
 * Why: Kysely sends every query as text to be parsed and planned again, and a fleet's heartbeats
 * run the same few statements hundreds of times a second — the kiosk lookup, the heartbeat
 * batch, the config pull. Parsing and planning them each time was CPU on the database server,
 * which shares its cores with the centrals, and the SQL text went over the socket every time.
 * This is what central/db/statement-cache.ts does for SQLite.
 *
 * Names are given to the first `size` distinct texts only: lists (`in ($1, $2, …)`) make a text
 * for every length, and every name holds a plan in every connection for the connection's life.
 *
 * A schema change made by another process (a newer central migrating) can make a prepared plan
 * stale; PostgreSQL then refuses it. That query fails, and the connection is closed instead of
 * returned to the pool, so the next one prepares afresh rather than failing again.
 */
export function withPreparedStatements(pool: pg.Pool, size = 500): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < size && PLANNED.test(text)) {
      name = `central_${String(names.size)}`;
      names.set(text, name);
    }
    return name;
  };
  return {
    end: () => pool.end(),
    connect: async () => new PreparingClient(await pool.connect(), nameOf),
  };
}

class PreparingClient implements PostgresPoolClient {
  #stale = false;

  constructor(
    private readonly client: pg.PoolClient,
    private readonly nameOf: (text: string) => string | undefined,
  ) {}

  query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  query<R>(
    sqlOrCursor: string | PostgresCursor<R>,
    parameters: ReadonlyArray<unknown> = [],
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    if (typeof sqlOrCursor !== "string") {
      // Kysely streams through a pg-cursor, which pg runs as any submittable query.
      return this.client.query(sqlOrCursor as PostgresCursor<R> & pg.Submittable);
    }
    const name = this.nameOf(sqlOrCursor);
    return this.client
      .query({ text: sqlOrCursor, values: [...parameters], ...(name === undefined ? {} : { name }) })
      .then(
        (result) => result as unknown as PostgresQueryResult<R>,
        (error: unknown) => {
          if (name !== undefined && (error as { code?: unknown } | null)?.code === STALE_PLAN)
            this.#stale = true;
          throw error;
        },
      );
  }

  release(destroy?: boolean): void {
    this.client.release(destroy === true || this.#stale);
  }
}
