import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CentralDb, openCentralDb } from "../../central/db/connect";
import { addDays, chinaToday } from "../../central/rules/dates";
import { idNumberCheckChar } from "../../central/rules/id-number";
import type { EnrollReply, Identity, SubmissionRequest } from "../../central/protocol";
import { type CentralServer, type CentralServerOptions, startCentralServer } from "../../central/server";
import { startPostgres, type TestPostgres } from "../support/postgres";

export type BackendName = "sqlite" | "postgres";

/** A database backend for one test file: fresh databases on demand, torn down at the end. */
export interface Backend {
  readonly name: BackendName;
  /** A new, empty database target (SQLite path or postgres:// URL). */
  newDatabase(): Promise<string>;
  /** A folder for signing keys and scratch files. */
  readonly dir: string;
  /** The data key file every central of this backend shares (PostgreSQL requires one). */
  readonly dataKeyFile: string | undefined;
  /** The throwaway cluster's data folder (PostgreSQL only), for looking at its bytes. */
  readonly pgDataDir: string | undefined;
  stop(): Promise<void>;
}

export async function startBackend(name: BackendName): Promise<Backend> {
  const dir = mkdtempSync(join(tmpdir(), `central-${name}-`));
  let pg: TestPostgres | undefined;
  if (name === "postgres") pg = await startPostgres();
  let n = 0;
  let dataKeyFile: string | undefined;
  if (pg !== undefined) {
    dataKeyFile = join(dir, "data.key");
    writeFileSync(dataKeyFile, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600 });
  }
  return {
    name,
    dir,
    dataKeyFile,
    pgDataDir: pg?.dataDir,
    async newDatabase() {
      n += 1;
      return pg === undefined ? join(dir, `central-${n}.db`) : pg.createDatabase();
    },
    async stop() {
      await pg?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const MANAGER_TOKEN = "test-manager-token-0123456789";

/**
 * Per-address limits high enough for suites that enroll dozens of kiosks from 127.0.0.1; the
 * limits suite starts its own servers with small ones.
 */
export const ROOMY_ADDRESS_LIMITS = {
  enroll: { max: 100_000, windowMs: 600_000 },
  authFailures: { max: 100_000, windowMs: 600_000 },
};

/** A running server on a fresh database of the backend, with a second handle on that database. */
export interface TestCentral {
  server: CentralServer;
  url: string;
  target: string;
  db: CentralDb;
  close(): Promise<void>;
}

export async function startTestCentral(
  backend: Backend,
  options: Partial<CentralServerOptions> & { target?: string } = {},
): Promise<TestCentral> {
  const target = options.target ?? (await backend.newDatabase());
  const server = await startCentralServer({
    port: 0,
    managerToken: MANAGER_TOKEN,
    dataDir: backend.dir,
    ...(backend.dataKeyFile === undefined ? {} : { dataKeyFile: backend.dataKeyFile }),
    ...options,
    limits: { ...ROOMY_ADDRESS_LIMITS, ...options.limits },
    db: target,
  });
  const db = await openCentralDb(target, { poolSize: 2 });
  return {
    server,
    url: server.url,
    target,
    db,
    async close() {
      await server.close();
      await db.close();
    },
  };
}

/** A reply as the tests look at it: status, headers, raw text and parsed JSON. */
export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** Sends one request; `body` as a string is sent verbatim (for malformed JSON tests). */
export async function call(
  url: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers["content-type"] ??= "application/json";
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
  }
  const response = await fetch(new URL(path, url), {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Enrolls a new kiosk on the server and returns its id and token. */
export async function enroll(central: TestCentral, name = "test kiosk", site?: string): Promise<EnrollReply> {
  const code = await central.server.createEnrollmentCode(site);
  const reply = await call(central.url, "POST", "/v1/enroll", { body: { code, name } });
  if (reply.status !== 201) throw new Error(`enroll failed: ${reply.status} ${reply.text}`);
  return reply.json as EnrollReply;
}

/** A synthetic, checksum-valid ID number for a birth date (region 350102, 鼓楼区). */
export function syntheticIdNumber(birthDate: string, seq = 123): string {
  const first17 = `350102${birthDate.replace(/-/g, "")}${String(seq).padStart(3, "0")}`;
  return `${first17}${idNumberCheckChar(first17) ?? "0"}`;
}

export function syntheticIdentity(birthDate = "1990-03-07", seq = 123): Identity {
  return {
    name: "测试家长",
    idNumber: syntheticIdNumber(birthDate, seq),
    birthDate,
    sex: "女",
    cardType: "居民身份证",
  };
}

/** A newborn enrollment for demo registration `certificateNo` (Q350100001 is 30 days old). */
export function newbornSubmission(
  overrides: {
    certificateNo?: string;
    childName?: string;
    ageDays?: number;
    childSex?: string;
    identity?: Identity;
  } = {},
): SubmissionRequest {
  return {
    id: randomUUID(),
    serviceId: "newborn-med-insurance",
    createdAt: new Date().toISOString(),
    data: {
      identity: overrides.identity ?? syntheticIdentity(),
      answers: {
        childName: overrides.childName ?? "林小安",
        childSex: overrides.childSex ?? "male",
        childBirthDate: addDays(chinaToday(new Date()), -(overrides.ageDays ?? 30)),
        birthCertificateNo: overrides.certificateNo ?? "Q350100001",
        relationship: "mother",
        phone: "13800000000",
      },
    },
  };
}

/** A 12345 report: a plain "accepted" submission without 秒批. */
export function hotlineSubmission(description = "路灯不亮"): SubmissionRequest {
  return {
    id: randomUUID(),
    serviceId: "hotline-12345",
    createdAt: new Date().toISOString(),
    data: {
      identity: syntheticIdentity(),
      answers: {
        requestType: "complaint",
        topic: "city-management",
        location: "鼓楼区测试路1号",
        description,
        phone: "13800000000",
      },
    },
  };
}

export const postSubmission = (
  url: string,
  token: string,
  body: SubmissionRequest | Record<string, unknown>,
  key?: string,
) =>
  call(url, "POST", "/v1/submissions", {
    token,
    body,
    headers: key === undefined ? {} : { "idempotency-key": key },
  });

export const heartbeatBody = (overrides: Record<string, unknown> = {}) => ({
  appVersion: "0.1.0",
  configVersion: 0,
  devices: {
    reader: { state: "ok" },
    printer: { state: "ok", paper: "near-end", coverOpen: false },
  },
  outboxDepth: 3,
  ...overrides,
});
