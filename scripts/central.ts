/**
 * `npm run central`: the reference central service. Environment: CENTRAL_HOST (default
 * 127.0.0.1), CENTRAL_PORT (default 8480), CENTRAL_DB (a SQLite path, default ./var/central.db,
 * or a postgres:// URL), CENTRAL_MANAGER_TOKEN (enables /v1/fleet), CENTRAL_LOG_LEVEL (default
 * info), CENTRAL_DEMO_DATA (default true), CENTRAL_DATA_DIR (signing key folder), CENTRAL_DATA_KEY_FILE
 * (the data key; required on PostgreSQL), CENTRAL_*RETENTION_DAYS, CENTRAL_METRICS_PORT, and the limits
 * CENTRAL_ENROLL_LIMIT, CENTRAL_AUTH_FAILURE_LIMIT (per address per 10 minutes; default 10, 30),
 * CENTRAL_QUERY_LIMIT, CENTRAL_QUERY_WINDOW_MINUTES (distinct residents per kiosk; default 20, 10).
 */
import { parseCentralEnv } from "../central/env";
import { startCentralServer } from "../central/server";
import { parseCommandArgs } from "./cli/args";

const USAGE = `usage: npm run central
The reference central service, configured by environment variables only:
  CENTRAL_HOST, CENTRAL_PORT     bind address and port (default 127.0.0.1, 8480; port 0 picks one)
  CENTRAL_DB                     SQLite path (default ./var/central.db) or a postgres:// URL
  CENTRAL_MANAGER_TOKEN          16+ characters; turns on the fleet console (/console) and /v1/fleet
  CENTRAL_DATA_DIR               folder of its keys (default: the SQLite file's folder, or ./var)
  CENTRAL_DATA_KEY_FILE          the key sealing residents' data (required on PostgreSQL)
  CENTRAL_PUBLIC_URL             where residents' phones reach it (pay links in QR codes; default its own URL)
  CENTRAL_LOG_LEVEL, CENTRAL_DEMO_DATA, CENTRAL_METRICS_PORT, CENTRAL_*_LIMIT, CENTRAL_*RETENTION_DAYS
It prints the URL it listens on. Kiosks enroll with a code from
npm run --silent fleet -- enrollment-code and must trust its config key: fleet export-config-key.
`;

const args = parseCommandArgs(
  { name: "central", usage: USAGE, options: {}, check: () => undefined },
  process.argv.slice(2),
);
if (!args.ok) process.exit(args.exitCode);

let env;
try {
  env = parseCentralEnv(process.env);
} catch (error) {
  process.stderr.write(`central: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}

const server = await startCentralServer({
  db: env.CENTRAL_DB,
  host: env.CENTRAL_HOST,
  port: env.CENTRAL_PORT,
  demoData: env.CENTRAL_DEMO_DATA,
  logLevel: env.CENTRAL_LOG_LEVEL,
  limits: {
    enroll: { max: env.CENTRAL_ENROLL_LIMIT, windowMs: 10 * 60_000 },
    authFailures: { max: env.CENTRAL_AUTH_FAILURE_LIMIT, windowMs: 10 * 60_000 },
    queryResidents: { max: env.CENTRAL_QUERY_LIMIT, windowMs: env.CENTRAL_QUERY_WINDOW_MINUTES * 60_000 },
  },
  ...(env.CENTRAL_MANAGER_TOKEN === undefined ? {} : { managerToken: env.CENTRAL_MANAGER_TOKEN }),
  ...(env.CENTRAL_DATA_DIR === undefined ? {} : { dataDir: env.CENTRAL_DATA_DIR }),
  ...(env.CENTRAL_DATA_KEY_FILE === undefined ? {} : { dataKeyFile: env.CENTRAL_DATA_KEY_FILE }),
  ...(env.CENTRAL_METRICS_PORT === undefined ? {} : { metricsPort: env.CENTRAL_METRICS_PORT }),
  ...(env.CENTRAL_PUBLIC_URL === undefined ? {} : { publicUrl: env.CENTRAL_PUBLIC_URL }),
  ...(env.CENTRAL_ALERT_WEBHOOK_URL === undefined || env.CENTRAL_ALERT_WEBHOOK_SECRET === undefined
    ? {}
    : { alertWebhook: { url: env.CENTRAL_ALERT_WEBHOOK_URL, secret: env.CENTRAL_ALERT_WEBHOOK_SECRET } }),
  alertThresholds: { outboxDepth: env.CENTRAL_ALERT_OUTBOX_DEPTH, parked: env.CENTRAL_ALERT_PARKED },
  retention: {
    settledDays: env.CENTRAL_RETENTION_DAYS,
    openDays: env.CENTRAL_OPEN_RETENTION_DAYS,
    heartbeatDays: env.CENTRAL_HEARTBEAT_RETENTION_DAYS,
    auditDays: env.CENTRAL_AUDIT_RETENTION_DAYS,
  },
}).catch((error: unknown) => {
  // A missing data key, a wrong one, a database too new: said once, plainly, without a stack.
  process.stderr.write(`central: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
process.stderr.write(
  `central: listening on ${server.url} (${/^postgres/i.test(env.CENTRAL_DB) ? "PostgreSQL" : env.CENTRAL_DB})` +
    `${env.CENTRAL_MANAGER_TOKEN === undefined ? "; no break-glass token (managers log in; `fleet -- add-manager` makes the first)" : ""}\n`,
);

const stop = (): void => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
