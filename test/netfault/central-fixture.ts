import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { type CentralServer, startCentralServer } from "../../central/server";
import { services } from "../../kiosk-config/services/index";

/** A real central service on a temp SQLite file, port 0, demo data on. */
export interface CentralFixture {
  central: CentralServer;
  dbPath: string;
  /** Submission ids stored for a kiosk, as the central database holds them (one row each). */
  storedIds: (kioskId: string) => string[];
  close: () => Promise<void>;
}

/**
 * A RAM-backed temp folder where the OS has one (Linux /dev/shm), else the usual one.
 *
 * For SIGKILL tests only: a killed process loses nothing the kernel already holds, so fsync
 * speed (what a RAM disk removes) does not change what they prove; it only makes them fast.
 */
export function fastTempDir(): string {
  return existsSync("/dev/shm") ? "/dev/shm" : tmpdir();
}

export async function startCentralFixture(
  options: { now?: () => Date; baseDir?: string } = {},
): Promise<CentralFixture> {
  const dir = mkdtempSync(join(options.baseDir ?? tmpdir(), "central-fixture-"));
  const dbPath = join(dir, "central.db");
  const central = await startCentralServer({
    db: dbPath,
    port: 0,
    demoData: true,
    managerToken: "manager-secret",
    now: options.now,
  });
  return {
    central,
    dbPath,
    storedIds(kioskId) {
      const db = new Database(dbPath, { readonly: true, fileMustExist: true });
      try {
        const rows = db.prepare("SELECT id FROM submissions WHERE kiosk_id = ? ORDER BY id").all(kioskId) as {
          id: string;
        }[];
        return rows.map((r) => r.id);
      } finally {
        db.close();
      }
    },
    async close() {
      await central.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A service the central service accepts without a 秒批 decision (so any answers go through). */
export function plainServiceId(): string {
  const service = services.find((s) => s.kind !== "query" && s.approvalRule === undefined);
  if (service === undefined) throw new Error("the catalog has no plain application service");
  return service.id;
}

/** Synthetic submission data in the contract's shape. */
export function syntheticData(n: number): { answers: Record<string, string> } {
  return { answers: { note: `synthetic submission ${n}`, contact: "测试居民" } };
}
