/**
 * Keyset pagination for every fleet list: `?limit=` and an opaque cursor taken from the previous
 * page (null on the last one). A cursor is the sort key of the page's last row, as base64url
 * JSON, so a page does not shift when rows are added meanwhile. Opaque so clients pass it back
 * unread; checked on the way in like any input, so a tampered cursor is a 400, never a query on
 * someone's string.
 */
import * as z from "zod";
import { badRequest } from "../http/errors";

/** `?limit=` (1–200, default 50) and `?cursor=`: the lists newest first by (time, id). */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type PageQuery = z.infer<typeof PageQuery>;

const Key = z.array(z.string().max(256)).min(1).max(4);

export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

const invalid = () =>
  badRequest("invalid_cursor", "invalid cursor: not one this service gave out", "翻页标记无效");

/** The key a cursor holds: `length` strings, or a 400. */
export function decodeCursor(cursor: string, length: number): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  const key = Key.safeParse(parsed);
  if (!key.success || key.data.length !== length) throw invalid();
  return key.data;
}

/** A row's place in a list newest first: its time, then its id. */
export interface TimeKey {
  at: string;
  id: string;
}

/** The (time, id) a cursor of such a list holds; undefined for the first page; a 400 if bad. */
export function decodeTimeCursor(cursor: string | undefined): TimeKey | undefined {
  if (cursor === undefined) return undefined;
  const [at = "", id = ""] = decodeCursor(cursor, 2);
  if (Number.isNaN(Date.parse(at))) throw invalid();
  return { at, id };
}

/** The page's rows (fetched with limit + 1) and the cursor of the next page, if any. */
export function pageOf<T>(rows: readonly T[], limit: number, key: (row: T) => readonly string[]) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(key(last)) : null };
}
