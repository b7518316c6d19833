import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { systemdNotifier } from "../../scripts/supervise/sd-notify";
import { type SupervisedKiosk, startSupervised } from "../support/supervised";

/**
 * The supervisor's messages to systemd, through the real `systemd-notify`, received on a unix
 * datagram socket (socat) standing where systemd's NOTIFY_SOCKET would be.
 */
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function notifySocket(): Promise<{ path: string; received: () => string }> {
  const path = join(mkdtempSync(join(tmpdir(), "notify-")), "notify.sock");
  const socat: ChildProcess = spawn("socat", ["-u", `UNIX-RECV:${path}`, "STDOUT"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let received = "";
  socat.stdout?.on("data", (chunk: Buffer) => (received += `${chunk.toString()}\n`));
  cleanup.push(async () => {
    const exited = new Promise<void>((resolve) => socat.once("exit", () => resolve()));
    socat.kill("SIGTERM");
    await exited;
  });
  await vi.waitFor(() => expect(existsSync(path)).toBe(true));
  return { path, received: () => received };
}

describe("sd_notify from the supervisor", () => {
  it("says READY=1, then WATCHDOG=1 at half the watchdog interval", async () => {
    const socket = await notifySocket();
    const kiosk: SupervisedKiosk = await startSupervised({
      NOTIFY_SOCKET: socket.path,
      WATCHDOG_USEC: "2000000",
    });
    cleanup.push(() => kiosk.stop());
    await vi.waitFor(() => expect(socket.received()).toContain("READY=1"), {
      timeout: 20_000,
      interval: 100,
    });
    await vi.waitFor(() => expect(socket.received()).toContain("WATCHDOG=1"), {
      timeout: 20_000,
      interval: 100,
    });
  }, 60_000);

  it("stays silent outside systemd, and leaves a watchdog meant for another process alone", () => {
    expect(systemdNotifier({}, () => undefined).aliveEveryMs).toBeNull();
    expect(
      systemdNotifier({ NOTIFY_SOCKET: "/run/x", WATCHDOG_USEC: "30000000" }, () => undefined).aliveEveryMs,
    ).toBe(15_000);
    expect(
      systemdNotifier(
        { NOTIFY_SOCKET: "/run/x", WATCHDOG_USEC: "30000000", WATCHDOG_PID: "1" },
        () => undefined,
      ).aliveEveryMs,
    ).toBeNull();
  });
});
