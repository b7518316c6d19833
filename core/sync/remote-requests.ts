import type { HeartbeatReply, SupportPacket } from "../../central/protocol";
import type { WritableDb } from "../store/handles";
import { getValue, kvKeys, setValue } from "../store/kv";
import type { CentralClient } from "./central-client";
import { uploadRequestedPacket } from "./requested-packet";

/** One request as the heartbeat reply carries it. */
export type HeartbeatRequestItem = NonNullable<HeartbeatReply["requests"]>[number];

/** What acting on one request led to, for the kiosk's audit trail and log. */
export interface RemoteRequestOutcome {
  id: string;
  kind: string;
  ok: boolean;
  detail: string;
}

/** What the engine gives the requests' handler. */
export interface RemoteRequestParts {
  db: WritableDb;
  client: () => CentralClient | undefined;
  /** Trades the token for a new one (SyncEngine.rotateToken: saved, then used from now on). */
  rotateToken: () => Promise<void>;
  /** Builds a support packet as the maintenance menu would; undefined: this kiosk cannot. */
  supportPacket: (() => SupportPacket) | undefined;
  now: () => string;
  /** Told of each request acted on (ok or not); default nothing. */
  onOutcome?: (outcome: RemoteRequestOutcome) => void;
}

/** Requests answered, newest last: enough to outlast any stale reply, small enough to keep forever. */
const REMEMBERED = 50;

function answered(db: WritableDb): string[] {
  const text = getValue(db, kvKeys.answeredRequests);
  if (text === undefined) return [];
  const parsed: unknown = JSON.parse(text);
  return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
}

/**
 * Acts on what a fleet manager asked of this kiosk, as the heartbeat reply lists it: rotate the
 * token through the usual route, or build and upload a support packet through the usual route.
 *
 * Why each request is done at most once: its id is written to the store once it succeeded, and a
 * request already in hand (a heartbeat during a slow upload) is skipped; a reply that still
 * lists a request central has just seen done (its snapshot lives 1 s) is then ignored. The one
 * gap, a crash after the upload but before the write, central closes: it stores one packet per
 * request id and answers a second upload with the first one's receipt. A failure leaves the id
 * unwritten, so the next heartbeat, which still lists the request, tries again.
 */
export class RemoteRequests {
  readonly #inHand = new Set<string>();

  constructor(private readonly parts: RemoteRequestParts) {}

  async act(requests: readonly HeartbeatRequestItem[]): Promise<void> {
    for (const request of requests) {
      if (this.#inHand.has(request.id) || answered(this.parts.db).includes(request.id)) continue;
      this.#inHand.add(request.id);
      try {
        const outcome = await this.#one(request);
        if (outcome === undefined) continue;
        if (outcome.ok) this.#remember(request.id);
        this.parts.onOutcome?.(outcome);
      } finally {
        this.#inHand.delete(request.id);
      }
    }
  }

  async #one(request: HeartbeatRequestItem): Promise<RemoteRequestOutcome | undefined> {
    const base = { id: request.id, kind: request.kind };
    switch (request.kind) {
      case "token-rotation":
        try {
          await this.parts.rotateToken();
          return { ...base, ok: true, detail: "token rotated" };
        } catch (error) {
          return { ...base, ok: false, detail: error instanceof Error ? error.message : String(error) };
        }
      case "support-packet": {
        const build = this.parts.supportPacket;
        const client = this.parts.client();
        if (build === undefined || client === undefined) return undefined;
        const result = await uploadRequestedPacket(client, { ...build(), requestId: request.id });
        return { ...base, ...result };
      }
      default:
        // A kind a newer central knows and this kiosk does not: left for a kiosk that does.
        return undefined;
    }
  }

  #remember(id: string): void {
    const kept = [...answered(this.parts.db), id].slice(-REMEMBERED);
    setValue(this.parts.db, kvKeys.answeredRequests, JSON.stringify(kept), this.parts.now());
  }
}
