import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { RESTART_EXIT_CODE } from "../../core/update/restart";
import { startSupervisor } from "../../scripts/supervise/supervisor";

/**
 * A kiosk that exits with RESTART_EXIT_CODE has switched `current` to another app version: the
 * supervisor, still running from the old version's folder, must hand the restart up (to systemd)
 * instead of forking its old entry again or counting it as a crash.
 */
describe("the supervisor after an app switch", () => {
  it("hands the restart up once and starts nothing itself", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kiosk-switch-"));
    const entry = join(dir, "switched.mjs");
    writeFileSync(entry, `process.exit(${String(RESTART_EXIT_CODE)});\n`);
    const lines: string[] = [];
    let handedUp = 0;
    const done = new Promise<void>((resolve) => {
      const supervisor = startSupervisor({
        entry,
        env: { PATH: process.env.PATH ?? "" },
        port: 0,
        crashLoop: { limit: 1, windowMs: 60_000, pauseMs: 60_000, maxPauseMs: 60_000 },
        heartbeat: { intervalMs: 1000, silentAfterMs: 5000, firstAnswerMs: 60_000 },
        note: () => {
          throw new Error("no out-of-service screen is expected");
        },
        log: (line) => lines.push(line),
        onAppSwitched: () => {
          handedUp += 1;
          // A second fork would show as a second "kiosk started" line within this wait.
          setTimeout(() => {
            expect(supervisor.pid()).toBeNull();
            resolve();
          }, 500);
          return "handed-up";
        },
      });
    });
    await done;
    expect(handedUp).toBe(1);
    expect(lines.filter((l) => l.includes("kiosk started"))).toHaveLength(1);
    expect(lines.join("\n")).toMatch(/switched app versions; handing the restart up/);
    expect(lines.join("\n")).not.toMatch(/crash loop/);
  }, 20_000);
});

describe("the supervisor started by hand", () => {
  it("starts the kiosk again itself when asked to, without counting a crash", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kiosk-switch-"));
    const entry = join(dir, "restart-once.mjs");
    const marker = join(dir, "ran-once");
    // First run asks for a restart (as the maintenance menu's restart does); the second stays up.
    writeFileSync(
      entry,
      `import { existsSync, writeFileSync } from "node:fs";\n` +
        `if (!existsSync(${JSON.stringify(marker)})) { writeFileSync(${JSON.stringify(marker)}, "1"); process.exit(${String(RESTART_EXIT_CODE)}); }\n` +
        `setInterval(() => undefined, 1000);\n`,
    );
    const lines: string[] = [];
    const supervisor = startSupervisor({
      entry,
      env: { PATH: process.env.PATH ?? "" },
      port: 0,
      // One crash would already be a crash loop: a restart must not count as one.
      crashLoop: { limit: 1, windowMs: 60_000, pauseMs: 60_000, maxPauseMs: 60_000 },
      heartbeat: { intervalMs: 1000, silentAfterMs: 60_000, firstAnswerMs: 60_000 },
      note: () => {
        throw new Error("no out-of-service screen is expected");
      },
      log: (line) => lines.push(line),
      onAppSwitched: () => "restart-here",
    });
    try {
      await vi.waitFor(() => expect(lines.filter((l) => l.includes("kiosk started"))).toHaveLength(2), {
        timeout: 10_000,
      });
      expect(lines.join("\n")).toMatch(/asked to be started again; restarting/);
      expect(supervisor.paused()).toBe(false);
      expect(supervisor.pid()).not.toBeNull();
    } finally {
      await supervisor.stop(1000);
    }
  }, 20_000);
});
