import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { withStatementCache } from "./statement-cache";

describe("statement cache for Kysely's SQLite dialect", () => {
  it("hands back one prepared statement per text, keeps at most `size`, dropping the least recently used", () => {
    const sqlite = new Database(":memory:");
    const db = withStatementCache(sqlite, 2);
    sqlite.exec("create table t (n integer)");
    const insert = db.prepare("insert into t (n) values (?)");
    insert.run([1]);
    expect(db.prepare("insert into t (n) values (?)")).toBe(insert);
    db.prepare("insert into t (n) values (?)").run([2]);
    const count = db.prepare("select count(*) as c from t");
    expect(count.all([])).toEqual([{ c: 2 }]);
    // insert was last used before count: a third text drops insert and keeps count.
    db.prepare("select n from t order by n");
    expect(db.prepare("select count(*) as c from t")).toBe(count);
    expect(db.prepare("insert into t (n) values (?)")).not.toBe(insert);
    db.close();
  });

  it("still answers right after the schema changed under a kept statement", () => {
    const sqlite = new Database(":memory:");
    const db = withStatementCache(sqlite);
    sqlite.exec("create table t (n integer); insert into t values (1)");
    expect(db.prepare("select * from t").all([])).toEqual([{ n: 1 }]);
    sqlite.exec("alter table t add column m integer default 7");
    expect(db.prepare("select * from t").all([])).toEqual([{ n: 1, m: 7 }]);
    db.close();
  });
});
