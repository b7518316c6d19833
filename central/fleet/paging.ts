/**
 * Fleet lists come a page at a time, newest first: `?limit=` (1–200, default 50) and `?cursor=`
 * taken from the previous page's `nextCursor` (null on the last page). The cursor is the last
 * row's (time, id), so a page does not shift when rows are added meanwhile.
 */
import * as z from "zod";
import { badRequest } from "../http/errors";

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});
export type PageQuery = z.infer<typeof PageQuery>;

export interface Cursor {
  at: string;
  id: string;
}

export const encodeCursor = (c: Cursor): string =>
  Buffer.from(`${c.at}|${c.id}`, "utf8").toString("base64url");

export function decodeCursor(text: string | undefined): Cursor | undefined {
  if (text === undefined) return undefined;
  const [at, id, extra] = Buffer.from(text, "base64url").toString("utf8").split("|");
  if (at === undefined || id === undefined || extra !== undefined || Number.isNaN(Date.parse(at))) {
    throw badRequest("bad_cursor", "cursor is not one this service gave out");
  }
  return { at, id };
}

/** The page's rows (fetched with limit + 1) and the cursor of the next page, if any. */
export function pageOf<T>(rows: readonly T[], limit: number, key: (row: T) => Cursor) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(key(last)) : null };
}
