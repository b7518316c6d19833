import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { WritableDb } from "./handles";
import { fileKeyProvider, type KeyProvider } from "./keys";
import type { MigrationReport } from "./migrate";
import { openDatabase } from "./open";
import { Outbox } from "./outbox-store";
import { Sealer } from "./seal";

/** Options for `openKioskStore`. */
export interface KioskStoreOptions {
  /** Folder holding the database (and, by default, the key file); created if missing. */
  dataDir: string;
  /** Database file name inside `dataDir`; default "kiosk.db". */
  fileName?: string;
  /** Source of the outbox data key; default a 0600 file `outbox.key` in `dataDir` (web shell). */
  keyProvider?: KeyProvider;
}

/** The kiosk's local store: one migrated connection, its outbox, and the sealer for secrets. */
export interface KioskStore {
  /** For the query modules (receipts, events, config-history, kv, identity). */
  readonly db: WritableDb;
  readonly outbox: Outbox;
  readonly sealer: Sealer;
  readonly migration: MigrationReport;
  readonly path: string;
  close(): void;
}

export async function openKioskStore(options: KioskStoreOptions): Promise<KioskStore> {
  mkdirSync(options.dataDir, { recursive: true });
  const keyProvider = options.keyProvider ?? fileKeyProvider(join(options.dataDir, "outbox.key"));
  const sealer = new Sealer(await keyProvider.loadKey());
  const path = join(options.dataDir, options.fileName ?? "kiosk.db");
  const { db, migration } = openDatabase(path);
  return {
    db,
    outbox: new Outbox(db, sealer),
    sealer,
    migration,
    path,
    close: () => db.close(),
  };
}
