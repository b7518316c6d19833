import type Database from "better-sqlite3";

declare const readableBrand: unique symbol;
declare const writableBrand: unique symbol;

/**
 * A database handle a query may only read through.
 *
 * The brand costs nothing at run time: it lets the compiler refuse a read path that tries to
 * write, because writers ask for `WritableDb`, which a `ReadableDb` is not (Signal's habit).
 */
export type ReadableDb = Database.Database & { readonly [readableBrand]: true };

/** A handle that may write; only `openDatabase` and transactions hand these out. */
export type WritableDb = ReadableDb & { readonly [writableBrand]: true };

/** Brands a freshly opened connection; kept in this one place so brands are not forged elsewhere. */
export function brandWritable(db: Database.Database): WritableDb {
  return db as WritableDb;
}
