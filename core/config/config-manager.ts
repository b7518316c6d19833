import type { SignedConfigBundle } from "../../central/protocol";
import { defaultConfig, type KioskConfig } from "../../kiosk-config/config/schema";
import { EventHub } from "../event-hub";
import type { Logger } from "../log";
import { kioskCatalog, type KioskCatalog } from "../services/kiosk-catalog";
import type { SessionManager } from "../session/session-manager";
import {
  getConfigVersion,
  highestTrustedVersion,
  latestCommittedConfig,
  listConfigHistory,
  raiseTrustedVersion,
  recordConfigBundle,
  setConfigStatus,
} from "../store/config-history";
import type { KioskStore } from "../store/kiosk-store";
import { selfTest } from "./self-test";
import { configDigest } from "./config-digest";
import { type TrustedKey, verifyBundle } from "./verify-bundle";

/**
 * What the heartbeat reports about config (central/protocol.ts): ok, config_stale, rolled_back,
 * rejected.
 */
export type ConfigState = "ok" | "config_stale" | "rolled_back" | `rejected:${string}`;

/**
 * The fleet's signed config on this kiosk: verify, wait for the resident to finish, apply,
 * self-test, then commit or roll back, and remember the outcome for the heartbeat. The last good
 * config survives restarts (the newest committed bundle in the store).
 */
export class ConfigManager {
  #config: KioskConfig;
  #catalog: KioskCatalog;
  #version: number;
  #state: ConfigState | undefined;
  /** The version the last apply or refusal was about (what `state` reports on). */
  #applyVersion: number | undefined;
  #sources: Record<string, string>;
  #digest: string;
  #pending: { version: number; config: KioskConfig; bundle: string; sources: Record<string, string> } | null =
    null;
  readonly #events = new EventHub<{ settled: [] }>();

  constructor(
    private readonly parts: {
      store: KioskStore;
      trustedKeys: () => readonly TrustedKey[];
      kioskId: () => string;
      logger: Logger;
      now: () => Date;
    },
  ) {
    const committed = latestCommittedConfig(parts.store.db);
    const restored = committed ? this.#verify(JSON.parse(committed.bundle), true) : null;
    this.#config = restored?.ok ? restored.config : defaultConfig;
    this.#version = restored?.ok ? restored.version : 0;
    this.#sources = restored?.ok ? restored.sources : {};
    this.#catalog = kioskCatalog(this.#config);
    this.#digest = configDigest(this.#config);
  }

  config(): KioskConfig {
    return this.#config;
  }
  catalog(): KioskCatalog {
    return this.#catalog;
  }
  version(): number {
    return this.#version;
  }
  state(): ConfigState | undefined {
    return this.#state;
  }
  applyVersion(): number | undefined {
    return this.#applyVersion;
  }
  digest(): string {
    return this.#digest;
  }
  sources(): Readonly<Record<string, string>> {
    return this.#sources;
  }

  /**
   * Hears every change of what this kiosk would report about its config: a bundle applied,
   * refused or rolled back (by its self-test or a technician). The fleet waits on that report to
   * see a rollout converge, so the kiosk sends it without waiting out a heartbeat interval.
   */
  onSettled(listener: () => void): () => void {
    return this.#events.on("settled", listener);
  }

  /**
   * Config applies between sessions, never during one, so a resident's screen never changes under
   * them.
   */
  watchSessions(sessions: SessionManager): void {
    sessions.onWipe(() => {
      queueMicrotask(() => this.#applyPending());
    });
    this.#sessions = sessions;
  }
  #sessions: SessionManager | null = null;

  /** Takes a bundle pulled by the sync engine. */
  receive(bundle: SignedConfigBundle): void {
    const text = JSON.stringify(bundle);
    const verdict = this.#verify(bundle, false);
    const at = this.parts.now().toISOString();
    if (!verdict.ok) {
      this.#state = verdict.reason === "stale" ? "config_stale" : `rejected:${verdict.reason}`;
      this.#applyVersion = bundle.signed.version;
      if (getConfigVersion(this.parts.store.db, bundle.signed.version) === undefined) {
        recordConfigBundle(this.parts.store.db, {
          version: bundle.signed.version,
          bundle: text,
          receivedAt: at,
          status: "rejected",
          detail: `${verdict.reason}: ${verdict.detail}`,
        });
      }
      this.parts.logger.warn(
        { version: bundle.signed.version, reason: verdict.reason },
        "config bundle refused",
      );
      this.#events.emit("settled");
      return;
    }
    recordConfigBundle(this.parts.store.db, {
      version: verdict.version,
      bundle: text,
      receivedAt: at,
      status: "received",
    });
    this.#pending = {
      version: verdict.version,
      config: verdict.config,
      bundle: text,
      sources: verdict.sources,
    };
    if (this.#sessions?.current == null) this.#applyPending();
  }

  /**
   * The technician's "roll back one step": the version in force is marked rolled back and the
   * committed one before it (or the built-in defaults) applies at once. The fleet's next, newer
   * version is still taken as usual. Returns the version now in force, or null when on defaults.
   */
  rollBackOneStep(): { from: number; to: number } | null {
    const from = this.#version;
    if (from === 0) return null;
    const db = this.parts.store.db;
    const at = this.parts.now().toISOString();
    setConfigStatus(db, from, "rolled-back", at, "rolled back by a technician from the maintenance menu");
    let target: { config: KioskConfig; version: number } = { config: defaultConfig, version: 0 };
    for (const row of listConfigHistory(db, 50)) {
      if (row.status !== "committed" || row.version >= from) continue;
      const verdict = this.#verify(JSON.parse(row.bundle), true);
      if (verdict.ok) {
        target = { config: verdict.config, version: verdict.version };
        break;
      }
    }
    this.#config = target.config;
    this.#catalog = kioskCatalog(target.config);
    this.#version = target.version;
    this.#state = "rolled_back";
    this.parts.logger.warn({ from, to: target.version }, "config rolled back one step by a technician");
    this.#events.emit("settled");
    return { from, to: target.version };
  }

  #verify(raw: unknown, restoring: boolean) {
    return verifyBundle(raw, {
      trustedKeys: this.parts.trustedKeys(),
      // A restored bundle is the one that set the highest version; a new one must not go below it.
      highestTrusted: restoring ? 0 : highestTrustedVersion(this.parts.store.db),
      kioskId: this.parts.kioskId(),
      // Expiry decides whether a new bundle is taken; the last good one keeps running regardless.
      now: restoring ? new Date(0) : this.parts.now(),
    });
  }

  #applyPending(): void {
    const pending = this.#pending;
    if (pending === null || this.#sessions?.current != null) return;
    this.#pending = null;
    const db = this.parts.store.db;
    const previous = {
      config: this.#config,
      catalog: this.#catalog,
      version: this.#version,
      sources: this.#sources,
      digest: this.#digest,
    };
    this.#applyVersion = pending.version;
    const at = this.parts.now().toISOString();
    try {
      setConfigStatus(db, pending.version, "applied", at);
      const catalog = kioskCatalog(pending.config);
      selfTest(pending.config, catalog);
      this.#config = pending.config;
      this.#catalog = catalog;
      this.#version = pending.version;
      this.#sources = pending.sources;
      this.#digest = configDigest(pending.config);
      setConfigStatus(db, pending.version, "committed", at);
      raiseTrustedVersion(db, pending.version);
      this.#state = "ok";
      this.parts.logger.info({ version: pending.version }, "config applied and committed");
    } catch (error) {
      this.#config = previous.config;
      this.#catalog = previous.catalog;
      this.#version = previous.version;
      this.#sources = previous.sources;
      this.#digest = previous.digest;
      setConfigStatus(
        db,
        pending.version,
        "rolled-back",
        at,
        error instanceof Error ? error.message : String(error),
      );
      this.#state = "rolled_back";
      this.parts.logger.warn(
        { version: pending.version, err: error },
        "config self-test failed; rolled back",
      );
    }
    this.#events.emit("settled");
  }
}
