import { type ChildProcess, fork } from "node:child_process";
import { type CrashLoopOptions, createCrashLoop } from "../../core/heal/crash-loop";
import type { ServiceNote } from "../../core/heal/service-note";
import { RESTART_EXIT_CODE } from "../../core/update/restart";
import { type HeartbeatOptions, watchHeartbeat } from "./heartbeat";
import { serveOutOfService } from "./out-of-service-server";

export interface SupervisorOptions {
  /** The kiosk's entry (dist/kiosk/start.mjs) and the Node flags to run it with. */
  entry: string;
  execArgv?: string[];
  /** The kiosk's environment (the supervisor's own, minus what is only the supervisor's). */
  env: NodeJS.ProcessEnv;
  /** The kiosk's web-shell port: the out-of-service screen is served there during a pause. */
  port: number;
  crashLoop: CrashLoopOptions;
  heartbeat: HeartbeatOptions;
  /** What the out-of-service screen says, read when a pause begins (the runtime notes it at boot). */
  note: () => ServiceNote;
  /** One line per event, for the journal. */
  log: (line: string) => void;
  /**
   * The kiosk switched app versions and asks to be started again from the new `current` (exit
   * code RESTART_EXIT_CODE, core/update/restart.ts). This supervisor runs from the old version's
   * folder, so under systemd it hands the restart up rather than fork the old entry again; started
   * by hand it answers "restart-here". Never a crash, so it never counts towards a crash loop.
   * The maintenance menu's restart exits the same way.
   */
  onAppSwitched: () => "handed-up" | "restart-here";
}

export interface Supervisor {
  /** The running kiosk's pid, or null between runs and during a pause. */
  pid(): number | null;
  /** Whether the out-of-service screen is up. */
  paused(): boolean;
  /** Stops the kiosk (SIGTERM, then SIGKILL after `graceMs`) and restarts nothing any more. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Runs the web-shell kiosk as a child process and keeps it running: a crash (any exit it was not
 * asked for) restarts it at once; a kiosk whose event loop stops answering the heartbeat is killed
 * (SIGKILL works on a stopped process too) and restarted; a crash loop pauses the restarts and
 * shows the out-of-service screen on the kiosk's port meanwhile (core/heal/crash-loop.ts).
 * The kiosk's state needs no handing over: its outbox is in its store, whose writes are
 * transactions, and the resident's session was in its memory and is gone with it, as it must be.
 */
export function startSupervisor(options: SupervisorOptions): Supervisor {
  const loop = createCrashLoop(options.crashLoop);
  let child: ChildProcess | null = null;
  let outOfService: Promise<{ close(): Promise<void> }> | null = null;
  let pauseTimer: NodeJS.Timeout | undefined;
  let stopping = false;

  const run = (): void => {
    if (stopping) return;
    const startedAt = Date.now();
    const kiosk = fork(options.entry, [], {
      env: options.env,
      execArgv: options.execArgv ?? [],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child = kiosk;
    options.log(`supervise: kiosk started (pid ${String(kiosk.pid)})`);
    // An IPC send to a process that just died reports here; its exit is handled below.
    kiosk.on("error", (error) => options.log(`supervise: kiosk channel: ${error.message}`));
    const stopHeartbeat = watchHeartbeat(kiosk, options.heartbeat, (why) => {
      options.log(`supervise: kiosk (pid ${String(kiosk.pid)}) is stuck, ${why}: killing it`);
      kiosk.kill("SIGKILL");
    });
    kiosk.once("exit", (code, signal) => {
      stopHeartbeat();
      child = null;
      if (stopping) return;
      if (code === RESTART_EXIT_CODE) {
        if (options.onAppSwitched() === "restart-here") {
          options.log(`supervise: kiosk (pid ${String(kiosk.pid)}) asked to be started again; restarting`);
          run();
          return;
        }
        options.log(
          `supervise: kiosk (pid ${String(kiosk.pid)}) switched app versions; handing the restart up`,
        );
        stopping = true;
        return;
      }
      const now = Date.now();
      loop.ran(startedAt, now);
      const after = loop.crashed(now);
      const how = signal === null ? `with code ${String(code)}` : `on ${signal}`;
      if (after.restart === "now") {
        options.log(`supervise: kiosk (pid ${String(kiosk.pid)}) ended ${how}; restarting`);
        run();
        return;
      }
      options.log(
        `supervise: kiosk (pid ${String(kiosk.pid)}) ended ${how}, in a crash loop: out of service for ${String(Math.round(after.pauseMs / 1000))} s`,
      );
      pause(after.pauseMs);
    });
  };

  const pause = (pauseMs: number): void => {
    const serving = serveOutOfService(options.port, options.note());
    outOfService = serving;
    serving.catch((error: unknown) => {
      // Someone holds the port (a kiosk left over from another supervisor): nothing to show then,
      // but the restart below still comes.
      options.log(`supervise: the out-of-service screen could not be served: ${String(error)}`);
    });
    pauseTimer = setTimeout(() => {
      outOfService = null;
      void serving
        .then(
          (server) => server.close(),
          () => undefined,
        )
        .then(() => {
          options.log("supervise: the pause is over; restarting the kiosk");
          run();
        });
    }, pauseMs);
  };

  run();

  return {
    pid: () => child?.pid ?? null,
    paused: () => outOfService !== null,
    async stop(graceMs = 10_000) {
      stopping = true;
      clearTimeout(pauseTimer);
      await outOfService?.then(
        (server) => server.close(),
        () => undefined,
      );
      const running = child;
      if (running === null || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => running.once("exit", () => resolve()));
      running.kill("SIGTERM");
      const timer = setTimeout(() => running.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
