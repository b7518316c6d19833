import { WatchdogPong, type WatchdogPing } from "../../core/heal/watchdog-messages";

/** How the supervisor's heartbeat judges a kiosk process. */
export interface HeartbeatOptions {
  /** Time between pings. */
  intervalMs: number;
  /** No answer for this long, once the kiosk has answered once: its event loop is stuck. */
  silentAfterMs: number;
  /** No first answer for this long after the start: it never came up. */
  firstAnswerMs: number;
}

/** The kiosk process as the heartbeat sees it: Node's ChildProcess, forked with IPC. */
export interface HeartbeatPeer {
  send(message: WatchdogPing): boolean;
  on(event: "message", listener: (message: unknown) => void): unknown;
  off(event: "message", listener: (message: unknown) => void): unknown;
  readonly connected: boolean;
}

/**
 * Pings the kiosk and calls `silent` once (with why) when it stops answering. Arming on the
 * first answer keeps a slow start on a busy two-core box from reading as a hang, while a start
 * that never answers at all still ends. Returns the function that stops it.
 */
export function watchHeartbeat(
  peer: HeartbeatPeer,
  options: HeartbeatOptions,
  silent: (why: string) => void,
  now: () => number = Date.now,
): () => void {
  const startedAt = now();
  let lastAnswer: number | null = null;
  let n = 0;
  let done = false;
  const onMessage = (message: unknown): void => {
    if (WatchdogPong.safeParse(message).success) lastAnswer = now();
  };
  peer.on("message", onMessage);
  const stop = (): void => {
    done = true;
    clearInterval(timer);
    peer.off("message", onMessage);
  };
  const timer = setInterval(() => {
    if (done) return;
    const at = now();
    if (
      lastAnswer === null ? at - startedAt > options.firstAnswerMs : at - lastAnswer > options.silentAfterMs
    ) {
      stop();
      silent(
        lastAnswer === null
          ? `no answer to the watchdog within ${String(options.firstAnswerMs)} ms of the start`
          : `no answer to the watchdog for ${String(at - lastAnswer)} ms`,
      );
      return;
    }
    n += 1;
    // A stopped process's pipe still takes a few small pings; a closed one is the exit's business.
    if (peer.connected) peer.send({ type: "kiosk-watchdog-ping", n });
  }, options.intervalMs);
  return stop;
}
