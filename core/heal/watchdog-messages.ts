import * as z from "zod";

/**
 * The watchdog heartbeat between the web shell's supervisor and the kiosk process, over Node's IPC
 * channel: the supervisor pings, the kiosk's main thread answers. The answer comes from the event
 * loop itself, so a kiosk whose loop is stuck (a busy loop, a stopped process, a deadlocked native
 * call) stops answering even though its process is alive, and the supervisor restarts it.
 */
export const WatchdogPing = z
  .object({ type: z.literal("kiosk-watchdog-ping"), n: z.number().int() })
  .strict();
export const WatchdogPong = z
  .object({ type: z.literal("kiosk-watchdog-pong"), n: z.number().int() })
  .strict();
export type WatchdogPing = z.infer<typeof WatchdogPing>;
export type WatchdogPong = z.infer<typeof WatchdogPong>;

/** What the kiosk side of the channel needs: Node's `process` when it was forked with IPC. */
export interface WatchdogChannel {
  on(event: "message", listener: (message: unknown) => void): unknown;
  on(event: "disconnect", listener: () => void): unknown;
  send?: (message: WatchdogPong) => boolean;
}

/**
 * Answers the supervisor's pings on `channel` (the kiosk's own `process`). Does nothing when the
 * process has no IPC channel, as under a plain `npm start`. Anything else on the channel is ignored.
 * `orphaned` runs when the supervisor is gone: a kiosk left behind would hold the port and devices
 * that the supervisor's next kiosk needs, so the caller stops.
 */
export function answerWatchdog(channel: WatchdogChannel, orphaned: () => void): void {
  const send = channel.send?.bind(channel);
  if (send === undefined) return;
  channel.on("disconnect", orphaned);
  channel.on("message", (message) => {
    const ping = WatchdogPing.safeParse(message);
    if (ping.success) send({ type: "kiosk-watchdog-pong", n: ping.data.n });
  });
}
