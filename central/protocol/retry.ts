/** The contract's retry rule, shared so the kiosk's outbox and the tests agree. */

/** What the kiosk does with a reply: keep it, retry later with backoff, or drop as rejected. */
export type ResponseClass = "ok" | "retry" | "reject";

/**
 * The contract's retry rule: network errors, 408, 429 and 5xx are retried; any other 4xx is a
 * rejection that leaves the queue with its reason; 2xx and 304 are fine. Other 1xx/3xx never
 * come from the service, so they are treated as a broken intermediary and retried.
 */
export function classifyResponse(status: number | "network-error"): ResponseClass {
  if (status === "network-error") return "retry";
  if ((status >= 200 && status < 300) || status === 304) return "ok";
  if (status === 408 || status === 429) return "retry";
  if (status >= 400 && status < 500) return "reject";
  return "retry";
}
