import { searchServices } from "./search";

/** The most results one search shows. */
export const MAX_RESULTS = 20;

/**
 * The offered services a query finds, best first, at most MAX_RESULTS: one rule for core's
 * `searchServices` call and for the search screen, which runs it in the page on every keystroke
 * so that the results never wait for a round trip to core. Action hits (长辈版) take their place
 * among the results but are not services, so they are not listed.
 */
export function findServices<T extends { id: string }>(query: string, offered: readonly T[]): T[] {
  const byId = new Map(offered.map((s) => [s.id, s]));
  return searchServices(query, "zh-CN", [...byId.keys()])
    .slice(0, MAX_RESULTS)
    .flatMap((hit) => {
      const service = hit.kind === "service" ? byId.get(hit.id) : undefined;
      return service === undefined ? [] : [service];
    });
}
