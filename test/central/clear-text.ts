import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";

/** Every regular file under `dir` (recursively), or just the files given. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) out.push(...filesUnder(path));
    else if (stat?.isFile()) out.push(path);
  }
  return out;
}

/** Each needle found in any of the files, as "needle-name in file" (empty = nothing in clear). */
export function clearTextHits(files: readonly string[], needles: Readonly<Record<string, Buffer>>): string[] {
  const hits: string[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue; // removed meanwhile (a WAL checkpointed away, a temp file of PostgreSQL)
    }
    for (const [name, needle] of Object.entries(needles)) {
      if (bytes.includes(needle)) hits.push(`${name} in ${file}`);
    }
  }
  return hits;
}

/** The SQLite file of `target` with its -wal and -shm, as far as they exist. */
export const sqliteFiles = (target: string): string[] =>
  [target, `${target}-wal`, `${target}-shm`].filter((f) => existsSync(f));

/** Forces PostgreSQL to write everything it holds in memory to its data files and WAL. */
export async function checkpoint(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("CHECKPOINT");
  } finally {
    await client.end();
  }
}
