/**
 * Where texts go: a carrier's SMS gateway in production, the simulator (simulator.ts) by default.
 * `key` is the message's own id, so a gateway that deduplicates on it never delivers twice.
 */
export interface SmsProvider {
  readonly name: string;
  send(message: { key: string; to: string; text: string }): Promise<{ providerRef: string }>;
}
