import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

/** A throwaway PostgreSQL cluster for tests and benchmarks. */
export interface TestPostgres {
  /** `postgres://…` URL of the cluster's `postgres` database. */
  readonly url: string;
  /** The cluster's data folder (tests look at its bytes). */
  readonly dataDir: string;
  /** Creates a fresh, empty database and returns its URL (one per suite keeps suites apart). */
  createDatabase(name?: string): Promise<string>;
  /** Stops the cluster and deletes its folder. */
  stop(): Promise<void>;
}

const BIN_DIRS = ["/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"];

function findBinDir(): string {
  const dir = BIN_DIRS.find((d) => existsSync(join(d, "initdb")) && existsSync(join(d, "pg_ctl")));
  if (dir === undefined) {
    throw new Error(
      `PostgreSQL binaries not found in ${BIN_DIRS.join(", ")}: install Debian's "postgresql" ` +
        "package (.ci/run does) — the central suite must run against a real PostgreSQL.",
    );
  }
  return dir;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a PostgreSQL cluster in a temp folder on a free loopback port.
 *
 * Why runuser: CI runs as root and initdb refuses root, so when we are root the cluster is owned
 * and run by the `postgres` OS user that Debian's package creates. Trust auth on 127.0.0.1 only.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = findBinDir();
  const dir = mkdtempSync(join(tmpdir(), "central-pg-"));
  const dataDir = join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  const as = (cmd: string, args: string[]): [string, string[]] =>
    asRoot ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
  if (asRoot) await run("chown", ["postgres:postgres", dir]);

  const [initCmd, initArgs] = as(join(bin, "initdb"), [
    "-D",
    dataDir,
    "-U",
    "postgres",
    "--auth=trust",
    "--no-sync",
    "-E",
    "UTF8",
  ]);
  await run(initCmd, initArgs);

  const port = await freePort();
  const options = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${dir}`,
    "-c fsync=off",
    "-c max_connections=200",
  ].join(" ");
  const [ctlCmd, ctlArgs] = as(join(bin, "pg_ctl"), [
    "-D",
    dataDir,
    "-o",
    options,
    "-l",
    join(dir, "log"),
    "-w",
    "start",
  ]);
  await run(ctlCmd, ctlArgs);

  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let counter = 0;
  return {
    url,
    dataDir,
    async createDatabase(name) {
      counter += 1;
      const dbName = name ?? `t${process.pid}_${counter}`;
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${dbName.replace(/"/g, "")}"`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${dbName}`;
    },
    async stop() {
      const [stopCmd, stopArgs] = as(join(bin, "pg_ctl"), ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      try {
        await run(stopCmd, stopArgs);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
