import { existsSync, mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import type { WritableDb } from "./handles";
import { fileKeyProvider, type KeyProvider } from "./keys";
import { isCorruption } from "./errors";
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
  /** Set when the database was damaged and moved aside at open: the kiosk runs on a fresh one. */
  readonly recovered: StoreRecovery | null;
  close(): void;
}

/** A damaged database set aside for a technician (or a forensic look), and why. */
export interface StoreRecovery {
  /** Where the damaged file went, beside the new one. */
  movedTo: string;
  reason: string;
  at: string;
}

export async function openKioskStore(options: KioskStoreOptions): Promise<KioskStore> {
  mkdirSync(options.dataDir, { recursive: true });
  const keyProvider = options.keyProvider ?? fileKeyProvider(join(options.dataDir, "outbox.key"));
  const sealer = new Sealer(await keyProvider.loadKey());
  const path = join(options.dataDir, options.fileName ?? "kiosk.db");
  let recovered: StoreRecovery | null = null;
  let opened: ReturnType<typeof openDatabase>;
  try {
    opened = openDatabase(path);
  } catch (error) {
    // A damaged file would stop every start the same way (a restart loop on a stack trace). Set
    // it aside, whole, and start on a fresh store; the caller raises the alert. Anything else
    // (a database from a newer app, a missing key) is not ours to move.
    if (!isCorruption(error)) throw error;
    recovered = moveAside(path, error instanceof Error ? error.message : String(error));
    opened = openDatabase(path);
  }
  const { db, migration } = opened;
  return {
    db,
    outbox: new Outbox(db, sealer),
    sealer,
    migration,
    path,
    recovered,
    close: () => db.close(),
  };
}

function moveAside(path: string, reason: string): StoreRecovery {
  const at = new Date().toISOString();
  const movedTo = `${path}.corrupt-${at.replace(/[:.]/g, "-")}`;
  renameSync(path, movedTo);
  // The WAL and shared-memory files belong to the damaged database, not to the fresh one.
  for (const side of ["-wal", "-shm"]) {
    if (existsSync(path + side)) renameSync(path + side, movedTo + side);
  }
  return { movedTo, reason, at };
}
