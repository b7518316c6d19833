/**
 * `npm run central`: the reference central service. Environment: CENTRAL_HOST (default
 * 127.0.0.1), CENTRAL_PORT (default 8480), CENTRAL_DB (a SQLite path, default ./var/central.db,
 * or a postgres:// URL), CENTRAL_MANAGER_TOKEN (enables /v1/fleet), CENTRAL_LOG_LEVEL (default
 * info), CENTRAL_DEMO_DATA (default true), CENTRAL_DATA_DIR (signing key folder), CENTRAL_DATA_KEY_FILE
 * (the data key; required on PostgreSQL), CENTRAL_*RETENTION_DAYS, CENTRAL_METRICS_PORT.
 */
import { parseCentralEnv } from "../central/env";
import { startCentralServer } from "../central/server";

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
  ...(env.CENTRAL_MANAGER_TOKEN === undefined ? {} : { managerToken: env.CENTRAL_MANAGER_TOKEN }),
  ...(env.CENTRAL_DATA_DIR === undefined ? {} : { dataDir: env.CENTRAL_DATA_DIR }),
  ...(env.CENTRAL_DATA_KEY_FILE === undefined ? {} : { dataKeyFile: env.CENTRAL_DATA_KEY_FILE }),
  ...(env.CENTRAL_METRICS_PORT === undefined ? {} : { metricsPort: env.CENTRAL_METRICS_PORT }),
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
    `${env.CENTRAL_MANAGER_TOKEN === undefined ? "; fleet routes off (set CENTRAL_MANAGER_TOKEN)" : ""}\n`,
);

const stop = (): void => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
