import {
  CatalogReply,
  type HeartbeatDevices,
  HeartbeatReply,
  type HeartbeatRequest,
  ROUTES,
  SignedConfigBundle,
} from "../../central/protocol";
import * as z from "zod";
import { verifyCatalog } from "../config/verify-catalog";
import type { TrustedKey } from "../config/verify-signature";
import type { WritableDb } from "../store/handles";
import { getValue, kvKeys, setValue } from "../store/kv";
import type { CentralClient } from "./central-client";
import { isoAt, type SyncContext } from "./context";
import { pullRanking } from "./popular";

/** What the heartbeat asks the rest of the kiosk. */
export interface HeartbeatSources {
  /** The app's version string; no default. */
  appVersion: string;
  /** Device health for the fleet console; default every device "unknown". */
  deviceHealth?: () => HeartbeatDevices | Promise<HeartbeatDevices>;
  /** Config version currently applied (0 = none); default 0. */
  configVersion?: () => number;
  /** Result of the last config apply ("ok", "config_stale", "rolled_back"…); default none. */
  configState?: () => string | undefined;
  /** The config version `configState` is about; default none. */
  configApplyVersion?: () => number | undefined;
  /** sha256 of the effective config, for the central's drift check; default none. */
  configDigest?: () => string;
  /** Heartbeat period in seconds, sent so the service knows when we count as offline; no default. */
  intervalSeconds: () => number;
  /** Keys a pulled catalog must be signed by (the config-signing keys); default none, so none is taken. */
  trustedKeys?: () => readonly TrustedKey[];
  /** The app update's state: a version waiting to install, the last update's outcome; default none. */
  appUpdate?: () => Pick<HeartbeatRequest, "pendingAppVersion" | "lastAppUpdate">;
  /** Told when a pulled catalog is refused (the last good one stays); default nothing. */
  onCatalogRefused?: (reason: string, detail: string) => void;
  /** Handed the fleet managers' pending requests the reply listed (core/sync/remote-requests.ts); must not throw. */
  onRequests?: (requests: NonNullable<HeartbeatReply["requests"]>) => Promise<void>;
}

export const unknownDevices: HeartbeatDevices = {
  reader: { state: "unknown" },
  printer: { state: "unknown", paper: "ok", coverOpen: false },
};

/** The catalog cached in the store, if any. */
export function cachedCatalog(db: WritableDb): CatalogReply | undefined {
  const body = getValue(db, kvKeys.catalogBody);
  if (body === undefined) return undefined;
  const parsed = CatalogReply.safeParse(JSON.parse(body));
  return parsed.success ? parsed.data : undefined;
}

/**
 * One heartbeat: report health and queue depth, learn server time and the desired versions, and
 * pull catalog or config only when they differ from what we have.
 */
export class Heartbeat {
  // The config version last handed to core/config, so a bundle it refused is not pulled again
  // every minute; a new desired version is pulled again.
  #handedOverConfig = 0;
  #catalogState: string | undefined;

  constructor(
    private readonly ctx: SyncContext,
    private readonly db: WritableDb,
    private readonly sources: HeartbeatSources,
  ) {}

  /** True when the service answered. */
  async beat(): Promise<boolean> {
    const client = this.ctx.client();
    if (client === undefined) return false;
    const catalog = cachedCatalog(this.db);
    const configVersion = this.sources.configVersion?.() ?? 0;
    const request: HeartbeatRequest = {
      appVersion: this.sources.appVersion,
      configVersion,
      catalogVersion: catalog?.version,
      devices: (await this.sources.deviceHealth?.()) ?? unknownDevices,
      outboxDepth: this.ctx.outbox.depth(),
      rejectedCount: this.ctx.outbox.rejectedCount(),
      configState: this.sources.configState?.(),
      configApplyVersion: this.sources.configApplyVersion?.(),
      configDigest: this.sources.configDigest?.(),
      intervalSeconds: this.sources.intervalSeconds(),
      parkedCount: this.ctx.outbox.parkedCount(),
      catalogState: this.#catalogState,
      ...this.sources.appUpdate?.(),
    };
    const sentAt = this.ctx.clock.now();
    const exchange = await client.exchange("POST", ROUTES.heartbeat, HeartbeatReply, { body: request });
    const receivedAt = this.ctx.clock.now();
    if (exchange.kind === "retry") {
      const reachable = exchange.status !== "network-error" && exchange.status < 500;
      this.ctx.link.failed(`heartbeat: ${exchange.error}`, reachable, receivedAt);
      return false;
    }
    this.ctx.link.reached(receivedAt);
    if (exchange.kind !== "ok") return false;
    const reply = exchange.body;
    this.ctx.link.observeServerTime(Date.parse(reply.serverTime), sentAt, receivedAt);
    if (reply.catalogVersion !== catalog?.version) await this.#pullCatalog(client);
    const desired = reply.desiredConfigVersion;
    if (desired > 0 && desired !== configVersion && desired !== this.#handedOverConfig) {
      await this.#pullConfig(client);
    }
    // The tiles' ranking is a nicety: whatever goes wrong with it, the heartbeat still counts.
    await pullRanking(client, this.db, isoAt(receivedAt)).catch(() => undefined);
    if (reply.requests !== undefined && reply.requests.length > 0)
      await this.sources.onRequests?.(reply.requests);
    return true;
  }

  /** "ok", or why the last pulled catalog was refused; undefined before the first pull. */
  get catalogState(): string | undefined {
    return this.#catalogState;
  }

  async #pullCatalog(client: CentralClient): Promise<void> {
    const etag = getValue(this.db, kvKeys.catalogEtag);
    // Any JSON: verifyCatalog decides, so an unsigned or tampered catalog is reported as such.
    const exchange = await client.exchange("GET", ROUTES.catalog, z.unknown(), {
      headers: etag === undefined ? {} : { "if-none-match": etag },
    });
    if (exchange.kind !== "ok") return;
    const verdict = verifyCatalog(exchange.body, this.sources.trustedKeys?.() ?? []);
    if (!verdict.ok) {
      // The last good catalog stays in the store; the refusal goes out with every heartbeat.
      this.#catalogState = `rejected:${verdict.reason}`;
      this.sources.onCatalogRefused?.(verdict.reason, verdict.detail);
      return;
    }
    this.#catalogState = "ok";
    const catalog = verdict.catalog;
    const at = isoAt(this.ctx.clock.now());
    this.db.transaction(() => {
      setValue(this.db, kvKeys.catalogBody, JSON.stringify(catalog), at);
      setValue(this.db, kvKeys.catalogEtag, exchange.headers.get("etag") ?? `"${catalog.version}"`, at);
    })();
    this.ctx.events.emit("catalog", CatalogReply.parse(catalog));
  }

  async #pullConfig(client: CentralClient): Promise<void> {
    const exchange = await client.exchange("GET", ROUTES.config, SignedConfigBundle);
    if (exchange.kind !== "ok") return;
    this.#handedOverConfig = exchange.body.signed.version;
    this.ctx.events.emit("config", exchange.body);
  }
}
