import { execFile } from "node:child_process";

/**
 * Tells systemd how the supervisor is doing, when systemd runs it as a `Type=notify` unit with
 * `WatchdogSec=` (deploy/linux/efuzhou-kiosk.service). Node cannot send the unix datagram
 * sd_notify() uses without a native module, so this runs systemd's own `systemd-notify`, which
 * every systemd machine has. It is a short-lived process, so the unit sets `NotifyAccess=all`,
 * and since systemd 246 `systemd-notify` waits until systemd has read its message (a barrier),
 * so systemd can still tell which unit it came from. Outside systemd (no NOTIFY_SOCKET) nothing
 * runs at all.
 */
export interface SystemdNotifier {
  ready(): void;
  /** How often to call `alive()`: half of WatchdogSec, or null when there is no watchdog. */
  readonly aliveEveryMs: number | null;
  alive(): void;
  status(text: string): void;
}

/** A notifier call that hangs (a socket nobody reads) is given up after this long. */
const NOTIFY_TIMEOUT_MS = 5000;

export function systemdNotifier(
  env: NodeJS.ProcessEnv,
  onError: (message: string) => void,
  command = "systemd-notify",
): SystemdNotifier {
  const socket = env.NOTIFY_SOCKET;
  const watchdogUsec = Number(env.WATCHDOG_USEC);
  const watchdogPid = env.WATCHDOG_PID;
  // WATCHDOG_PID names the process systemd watches; if it is set and not us, the watchdog is not ours.
  const watched =
    Number.isFinite(watchdogUsec) &&
    watchdogUsec > 0 &&
    (watchdogPid === undefined || watchdogPid === String(process.pid));
  const send = (...args: string[]): void => {
    if (socket === undefined || socket === "") return;
    execFile(
      command,
      args,
      { timeout: NOTIFY_TIMEOUT_MS, env: { ...env, NOTIFY_SOCKET: socket } },
      (error) => {
        if (error) onError(`${command} ${args.join(" ")}: ${error.message}`);
      },
    );
  };
  return {
    ready: () => send("--ready"),
    aliveEveryMs:
      socket !== undefined && socket !== "" && watched
        ? Math.max(1000, Math.floor(watchdogUsec / 2000))
        : null,
    alive: () => send("WATCHDOG=1"),
    status: (text) => send(`STATUS=${text}`),
  };
}
