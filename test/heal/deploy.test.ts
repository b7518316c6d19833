import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { projectRoot } from "../../scripts/project";
import { freePort } from "../support/supervised";

/** The files in deploy/ say what the rest of the kiosk relies on. */
const read = (path: string): string => readFileSync(join(projectRoot, "deploy", path), "utf8");

/** The screen launcher against `port`, with a stand-in browser that notes each start in its output. */
function launchScreen(port: number): { output: () => string; stop: () => Promise<void> } {
  const script = join(projectRoot, "deploy", "linux", "kiosk-screen.mjs");
  const browser = ["/bin/sh", "-c", "echo browser up; exec sleep 600"];
  const child = spawn(process.execPath, [script, `http://127.0.0.1:${String(port)}/`, "--", ...browser], {
    env: { ...process.env, KIOSK_SCREEN_ABSENT_S: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return {
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        // As systemd stops it: the launcher takes its browser down with it.
        child.kill("SIGTERM");
      }),
  };
}

describe("deploy/", () => {
  it("runs the supervisor from the current version, its data in /var/lib, watched by systemd", () => {
    const unit = read("linux/efuzhou-kiosk.service");
    expect(unit).toMatch(
      /^ExecStart=\/usr\/bin\/node \/opt\/efuzhou-kiosk\/current\/dist\/kiosk\/supervise\.mjs$/m,
    );
    expect(unit).toMatch(/^Environment=KIOSK_DATA_DIR=\/var\/lib\/efuzhou-kiosk$/m);
    expect(unit).toMatch(/^Type=notify$/m);
    expect(unit).toMatch(/^NotifyAccess=all$/m);
    expect(unit).toMatch(/^WatchdogSec=\d+$/m);
    expect(unit).toMatch(/^Restart=always$/m);
    // The web shell's updater unpacks into versions/ and flips `current`: a read-only /opt would
    // make every update fail under ProtectSystem=strict.
    expect(unit).toMatch(/^ReadWritePaths=.*\/opt\/efuzhou-kiosk(\s|$)/m);
    // Only comments may name a versioned folder: no directive does.
    expect(unit.split("\n").filter((line) => !line.startsWith("#") && line.includes("versions/"))).toEqual(
      [],
    );
  });

  it("opens the screen through the launcher, on the kiosk's own address", () => {
    const unit = read("linux/efuzhou-kiosk-screen.service");
    expect(unit).toMatch(
      /^ExecStart=\/usr\/bin\/cage .* \/opt\/efuzhou-kiosk\/current\/deploy\/linux\/kiosk-screen\.mjs \\$/m,
    );
    expect(unit).toMatch(/^ {2}http:\/\/127\.0\.0\.1:5170\/ -- \/usr\/bin\/chromium \\$/m);
    expect(unit).toMatch(/--app=http:\/\/127\.0\.0\.1:5170\//);
    expect(unit).toMatch(/^Restart=always$/m);
  });

  it("the launcher opens the browser only once the kiosk answers, and restarts it when the kiosk has no page", async () => {
    const port = await freePort();
    const screen = launchScreen(port);
    let page = true;
    const kiosk = createServer((req, res) => {
      if (req.url === "/screen-status.json") {
        res
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ page, absentMs: page ? 0 : 5000 }));
        return;
      }
      res.writeHead(403).end();
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      // Nothing listens yet: no browser on a "connection refused" page.
      expect(screen.output()).not.toContain("browser up");
      await new Promise<void>((resolve) => kiosk.listen(port, "127.0.0.1", resolve));
      await vi.waitFor(() => expect(screen.output()).toContain("browser up"), {
        timeout: 10_000,
        interval: 100,
      });
      // With a page connected, the browser is left alone…
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(screen.output().match(/browser up/g)).toHaveLength(1);
      // …without one for longer than the limit, it is started again.
      page = false;
      await vi.waitFor(() => expect(screen.output().match(/browser up/g)?.length).toBeGreaterThanOrEqual(2), {
        timeout: 15_000,
        interval: 100,
      });
      expect(screen.output()).toMatch(/the kiosk has had no page for 5 s: restarting the browser/);
    } finally {
      await screen.stop();
      kiosk.closeAllConnections();
      await new Promise<void>((resolve) => kiosk.close(() => resolve()));
    }
  }, 60_000);

  it("makes the Electron app the kiosk account's shell, restarted on any exit", () => {
    const xml = read("windows/shell-launcher.xml");
    expect(xml).toMatch(/<DefaultAction Action="RestartShell"\/>/);
    expect(xml).toMatch(/efuzhou-kiosk\.exe/);
  });
});
