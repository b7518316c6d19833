import { existsSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import { EnvError, parseKioskEnv } from "../core/config/env";
import { serviceNoteOrDefaults } from "../core/heal/service-note";
import { systemdNotifier } from "./supervise/sd-notify";
import { RESTART_EXIT_CODE } from "../core/update/restart";
import { startSupervisor } from "./supervise/supervisor";

// The web-shell kiosk under a supervisor: `node dist/kiosk/supervise.mjs` (the systemd unit in
// deploy/linux runs it). It runs dist/kiosk/start.mjs as its child on the web shell, restarts it
// when it crashes or its event loop stops answering, and after a crash loop shows the
// out-of-service screen on the kiosk's port until the next try. `npm start` stays unsupervised.

const Seconds = z.coerce.number().positive().max(86_400);
const SuperviseEnv = z.object({
  /** Crashes within the window that make a crash loop; default 5. */
  KIOSK_CRASH_LIMIT: z.coerce.number().int().min(1).max(100).default(5),
  /** The crash-loop window, and how long a healthy run must last to forget one; default 300 s. */
  KIOSK_CRASH_WINDOW_S: Seconds.default(300),
  /** The first out-of-service pause; it doubles at each loop up to KIOSK_MAX_PAUSE_S (900 s). */
  KIOSK_PAUSE_S: Seconds.default(60),
  KIOSK_MAX_PAUSE_S: Seconds.default(900),
  /** A kiosk that has not answered the heartbeat for this long is killed; default 30 s. */
  KIOSK_WATCHDOG_S: Seconds.default(30),
});

/** Variables that are the supervisor's own business and must not reach the kiosk. */
const SUPERVISOR_ONLY = ["NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID"];

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

try {
  const kioskEnv = parseKioskEnv(process.env, process.cwd());
  const parsed = SuperviseEnv.safeParse(
    Object.fromEntries(
      Object.entries(process.env).filter(([, value]) => value !== undefined && value !== ""),
    ),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`invalid environment: ${problems.join("; ")}`);
  }
  const env = parsed.data;
  // Built: start.mjs beside this file. From source (tsx scripts/supervise.ts): start.ts under tsx.
  const built = join(import.meta.dirname, "start.mjs");
  const entry = existsSync(built) ? built : join(import.meta.dirname, "start.ts");
  const childEnv: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries({ ...process.env, KIOSK_SHELL: "web" }).filter(
      ([name]) => !SUPERVISOR_ONLY.includes(name),
    ),
  );
  const watchdogMs = env.KIOSK_WATCHDOG_S * 1000;

  const supervisor = startSupervisor({
    entry,
    execArgv: entry === built ? [] : ["--import", "tsx"],
    env: childEnv,
    port: kioskEnv.port,
    crashLoop: {
      limit: env.KIOSK_CRASH_LIMIT,
      windowMs: env.KIOSK_CRASH_WINDOW_S * 1000,
      pauseMs: env.KIOSK_PAUSE_S * 1000,
      maxPauseMs: Math.max(env.KIOSK_MAX_PAUSE_S, env.KIOSK_PAUSE_S) * 1000,
    },
    heartbeat: {
      intervalMs: Math.max(200, Math.floor(watchdogMs / 5)),
      silentAfterMs: watchdogMs,
      firstAnswerMs: Math.max(60_000, 2 * watchdogMs),
    },
    note: () => serviceNoteOrDefaults(kioskEnv.dataDir),
    log,
    // systemd (Restart=always, and it sets INVOCATION_ID) starts the supervisor again from
    // `current`; a supervisor started by hand has no one above it, so it starts the kiosk itself.
    onAppSwitched: () =>
      process.env.INVOCATION_ID === undefined ? "restart-here" : process.exit(RESTART_EXIT_CODE),
  });

  const systemd = systemdNotifier(process.env, (message) => log(`supervise: ${message}`));
  systemd.ready();
  if (systemd.aliveEveryMs !== null) {
    // systemd's watchdog watches the supervisor's own loop; the kiosk's is the heartbeat's job.
    setInterval(() => systemd.alive(), systemd.aliveEveryMs).unref();
  }

  const shutdown = (): void => {
    void supervisor.stop().finally(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
} catch (error) {
  if (error instanceof EnvError) {
    process.stderr.write(`supervise: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
