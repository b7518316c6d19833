import type Database from "better-sqlite3";
import type { ReadableDb } from "./handles";

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A prepared statement, prepared once per connection.
 *
 * Why: the drain touches a few rows per item, and re-preparing the same SQL each time cost more
 * than running it (measured with the store bench).
 */
export function statement(db: ReadableDb, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (cache === undefined) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (prepared === undefined) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
