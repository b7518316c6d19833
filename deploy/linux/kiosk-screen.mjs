// The kiosk's browser launcher, run inside cage by efuzhou-kiosk-screen.service:
//   node kiosk-screen.mjs http://127.0.0.1:5170/ -- /usr/bin/chromium --kiosk --app=http://127.0.0.1:5170/ …
// Plain Node, no dependencies: it runs before anything of the app is loaded.
//
// - It opens the browser only once the kiosk's address answers HTTP at all (the kiosk's page, its
//   door's 403, or the supervisor's out-of-service screen), so the browser never opens on
//   "connection refused", an error page it would not leave by itself.
// - It starts the browser again whenever it exits.
// - It restarts the browser when the kiosk has had no page for ABSENT_LIMIT_S: the page reloads
//   itself after losing its socket, but a page whose renderer crashed ("Aw, Snap!") or hung for
//   good cannot, and core has already ended its resident's session. The kiosk says whether a page
//   is connected at /screen-status.json; no answer, or the out-of-service screen, is no verdict.
import { spawn } from "node:child_process";
import { request } from "node:http";

const separator = process.argv.indexOf("--");
const kiosk = new URL(process.argv[2] ?? "http://127.0.0.1:5170/");
const browserCommand = separator < 0 ? [] : process.argv.slice(separator + 1);
if (browserCommand.length === 0) {
  process.stderr.write("usage: node kiosk-screen.mjs KIOSK_URL -- BROWSER [ARGS…]\n");
  process.exit(2);
}
const ABSENT_LIMIT_S = Number(process.env.KIOSK_SCREEN_ABSENT_S ?? 60);
const CHECK_EVERY_MS = Math.max(1000, Math.min(5000, (ABSENT_LIMIT_S * 1000) / 4));
const log = (line) => process.stderr.write(`kiosk-screen: ${line}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One HTTP exchange with the kiosk: the status and body, or null when nothing answered. */
const ask = (path, method) =>
  new Promise((resolve) => {
    const req = request(new URL(path, kiosk), { method, timeout: 2000 }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(null));
    req.end();
  });

/** How long the kiosk has had no page, in ms, or null when it gives no verdict. */
async function absentMs() {
  const answer = await ask("/screen-status.json", "GET");
  if (answer === null || answer.status !== 200) return null;
  try {
    const status = JSON.parse(answer.body);
    return status.page === false && typeof status.absentMs === "number" ? status.absentMs : 0;
  } catch {
    return null;
  }
}

/** The browser running now, taken down with the launcher when systemd (or cage) stops it. */
let current = null;
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) {
  process.once(signal, () => {
    current?.kill("SIGTERM");
    process.exit(0);
  });
}

for (;;) {
  // HEAD: answered without handing out the kiosk's door, which belongs to the browser.
  while ((await ask("/", "HEAD")) === null) await sleep(500);
  log(`starting ${browserCommand[0]}`);
  const browser = spawn(browserCommand[0], browserCommand.slice(1), { stdio: "inherit" });
  current = browser;
  const exited = new Promise((resolve) => {
    browser.once("exit", (code, signal) => resolve(signal ?? code));
    browser.once("error", (error) => resolve(error.message));
  });
  let running = true;
  void exited.then(() => (running = false));
  while (running) {
    await Promise.race([sleep(CHECK_EVERY_MS), exited]);
    if (!running) break;
    const absent = await absentMs();
    if (absent !== null && absent > ABSENT_LIMIT_S * 1000) {
      log(`the kiosk has had no page for ${Math.round(absent / 1000)} s: restarting the browser`);
      browser.kill("SIGTERM");
      const killer = setTimeout(() => browser.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(killer);
    }
  }
  log(`the browser ended (${String(await exited)}); starting it again`);
  await sleep(1000);
}
