import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../scripts/project";
import { freePort } from "../support/supervised";

/** The files in deploy/ say what the rest of the kiosk relies on. */
const read = (path: string): string => readFileSync(join(projectRoot, "deploy", path), "utf8");

/** Runs wait-for-kiosk.mjs against a port; resolves with its exit code. */
function waitForKiosk(port: number, seconds: number): Promise<number | null> {
  const script = join(projectRoot, "deploy", "linux", "wait-for-kiosk.mjs");
  const child = spawn(process.execPath, [script, `http://127.0.0.1:${String(port)}/`, String(seconds)], {
    stdio: "ignore",
  });
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe("deploy/", () => {
  it("runs the supervisor from the current version, its data in /var/lib, watched by systemd", () => {
    const unit = read("linux/efuzhou-kiosk.service");
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node \/opt\/efuzhou-kiosk\/current\/dist\/kiosk\/supervise\.mjs$/m);
    expect(unit).toMatch(/^Environment=KIOSK_DATA_DIR=\/var\/lib\/efuzhou-kiosk$/m);
    expect(unit).toMatch(/^Type=notify$/m);
    expect(unit).toMatch(/^NotifyAccess=all$/m);
    expect(unit).toMatch(/^WatchdogSec=\d+$/m);
    expect(unit).toMatch(/^Restart=always$/m);
    // Only comments may name a versioned folder: no directive does.
    expect(unit.split("\n").filter((line) => !line.startsWith("#") && line.includes("versions/"))).toEqual([]);
  });

  it("opens the screen only once the kiosk answers, on the kiosk's own address", () => {
    const unit = read("linux/efuzhou-kiosk-screen.service");
    expect(unit).toMatch(/^ExecStartPre=.*\/opt\/efuzhou-kiosk\/current\/deploy\/linux\/wait-for-kiosk\.mjs http:\/\/127\.0\.0\.1:5170\//m);
    expect(unit).toMatch(/--app=http:\/\/127\.0\.0\.1:5170\//);
    expect(unit).toMatch(/^Restart=always$/m);
  });

  it("wait-for-kiosk gives up when nothing answers, and returns once anything does", async () => {
    const port = await freePort();
    expect(await waitForKiosk(port, 1)).toBe(1);
    // Any answer counts: here a 503, as the supervisor's out-of-service screen gives.
    const server = createServer((_req, res) => res.writeHead(503).end());
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    try {
      expect(await waitForKiosk(port, 10)).toBe(0);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("makes the Electron app the kiosk account's shell, restarted on any exit", () => {
    const xml = read("windows/shell-launcher.xml");
    expect(xml).toMatch(/<DefaultAction Action="RestartShell"\/>/);
    expect(xml).toMatch(/efuzhou-kiosk\.exe/);
  });
});
