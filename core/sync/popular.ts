import { POPULAR_ROUTES, PopularServicesReply } from "../../central/protocol";
import type { ReadableDb, WritableDb } from "../store/handles";
import { getValue, kvKeys, setValue } from "../store/kv";
import type { CentralClient } from "./central-client";

/** The site's ranking as last pulled, with when it was pulled; undefined before the first pull. */
export interface StoredRanking {
  ranking: PopularServicesReply;
  fetchedAt: string;
}

const Stored = PopularServicesReply.extend({ fetchedAt: PopularServicesReply.shape.since });

/** The ranking kept in the store; a damaged value reads as none (the fixed list then serves). */
export function storedRanking(db: ReadableDb): StoredRanking | undefined {
  const body = getValue(db, kvKeys.popularBody);
  if (body === undefined) return undefined;
  try {
    const { fetchedAt, ...ranking } = Stored.parse(JSON.parse(body));
    return { ranking, fetchedAt };
  } catch {
    return undefined;
  }
}

/**
 * Pulls the site's most-used services with the last ETag (most answers are an empty 304) and
 * keeps a new ranking in the store. Called after each heartbeat that reached the service; a
 * failure leaves the last ranking as it was, and a central too old to know the route answers 404.
 */
export async function pullRanking(client: CentralClient, db: WritableDb, at: string): Promise<void> {
  const etag = getValue(db, kvKeys.popularEtag);
  const exchange = await client.exchange("GET", POPULAR_ROUTES.popularServices, PopularServicesReply, {
    headers: etag === undefined ? {} : { "if-none-match": etag },
  });
  if (exchange.kind === "not-modified") {
    // Still current: note the time so the ranking does not count as stale.
    const stored = storedRanking(db);
    if (stored !== undefined)
      setValue(db, kvKeys.popularBody, JSON.stringify({ ...stored.ranking, fetchedAt: at }), at);
    return;
  }
  if (exchange.kind !== "ok") return;
  db.transaction(() => {
    setValue(db, kvKeys.popularBody, JSON.stringify({ ...exchange.body, fetchedAt: at }), at);
    const tag = exchange.headers.get("etag");
    if (tag !== null) setValue(db, kvKeys.popularEtag, tag, at);
  })();
}
