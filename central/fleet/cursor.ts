/**
 * Opaque cursors for keyset pagination: the sort key of the last row of a page, as base64url
 * JSON. Opaque so clients pass them back unread; checked on the way in like any input, so a
 * tampered cursor is a 400, never a query on someone's string.
 */
import * as z from "zod";
import { badRequest } from "../http/errors";

const Key = z.array(z.string().max(256)).min(1).max(4);

export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** The key a cursor holds; `length` strings or a 400. */
export function decodeCursor(cursor: string, length: number): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  const key = Key.safeParse(parsed);
  if (!key.success || key.data.length !== length)
    throw badRequest("invalid_cursor", "invalid cursor", "翻页标记无效");
  return key.data;
}
