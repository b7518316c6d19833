import { dirname, resolve } from "node:path";
import { dbKindOf } from "./db/connect";

/**
 * The folder holding the central's keys (config signing, resident hashing, the SQLite data key):
 * CENTRAL_DATA_DIR when given, else the SQLite database's folder, else `./var` (PostgreSQL).
 *
 * Why one function: the service and `fleet export-config-key` must look in the same place, or an
 * operator would install a key on the kiosks that the service never signs with.
 */
export function centralDataDir(db: string, dataDir?: string): string {
  if (dataDir !== undefined) return resolve(dataDir);
  return dbKindOf(db) === "postgres" ? resolve("var") : dirname(resolve(db));
}
