import type { Kysely } from "kysely";
import type { Logger } from "pino";
import type { AccessLimits } from "./access/limits";
import type { KioskCache } from "./auth/kiosk-cache";
import type { KioskLookup } from "./auth/kiosk-lookup";
import type { ResidentHasher } from "./auth/resident-hash";
import type { Catalog } from "./catalog/catalog";
import type { DbKind } from "./db/connect";
import type { GroupCommit } from "./db/group-commit";
import type { HeartbeatRow } from "./db/queries/heartbeats";
import type { CentralSchema } from "./db/schema";
import type { DemoQuery } from "./demo/queries";
import type { ConfigSigner } from "./fleet/signing-key";
import type { Metrics } from "./metrics/registry";
import type { Sealer } from "./privacy/sealer";
import type { PendingRequests } from "./requests/pending-requests";
import type { DesiredVersions } from "./rollouts/desired-versions";
import type { EffectiveConfigs } from "./rollouts/effective-configs";
import type { ReferenceData } from "./rules/types";

/** Everything a route needs, built once per process by server.ts. */
export interface CentralContext {
  readonly db: Kysely<CentralSchema>;
  readonly dbKind: DbKind;
  readonly catalog: Catalog;
  readonly signer: ConfigSigner;
  readonly reference: ReferenceData;
  /** Query services answered from demo data, by service id (empty without demo data). */
  readonly queries: Readonly<Record<string, DemoQuery>>;
  readonly metrics: Metrics;
  /** Seals residents' data at rest and hashes what must be compared unread (privacy/). */
  readonly sealer: Sealer;
  readonly log: Logger;
  /** Bearer credential of fleet managers; undefined disables the fleet routes. */
  readonly managerToken: string | undefined;
  /** Heartbeat interval the service asks kiosks for, in seconds. */
  readonly heartbeatIntervalSeconds: number;
  /** Heartbeat writes, group-committed. */
  readonly heartbeats: GroupCommit<HeartbeatRow>;
  /** Kiosks by token hash; at most 1 s old, so a revocation reaches every process within 2 s. */
  readonly kioskCache: KioskCache;
  /** Kiosks by token hash, the hashes asked for in one turn of the event loop read in one query. */
  readonly kioskLookup: KioskLookup;
  /** Per-address and per-kiosk limits (counted in the database). */
  readonly limits: AccessLimits;
  /** Keyed hash of an ID number, for the query audit and the distinct-resident count. */
  readonly hashResident: ResidentHasher;
  /** Desired config version per kiosk (a snapshot at most 1 s old, dropped when this process publishes or a rollout moves). */
  readonly desiredVersions: DesiredVersions;
  /** The config bundle's contents per set of revisions, shared by the kiosks that run them. */
  readonly effectiveConfigs: EffectiveConfigs;
  /** Fleet managers' pending requests per kiosk, for the heartbeat reply (a snapshot at most 1 s old). */
  readonly pendingRequests: PendingRequests;
  /** Folder holding published app release files (updates/release-files.ts). */
  readonly releasesDir: string;
  /** CENTRAL_PUBLIC_URL: where residents' phones reach this service (pay links); unset = the request's own address. */
  readonly publicUrl: string | undefined;
  now(): Date;
}
