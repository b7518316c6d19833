// Waits until the kiosk's address answers HTTP at all (any status: the kiosk's page, its door's
// 403, or the supervisor's 503 out-of-service screen), then exits 0; exits 1 after the time given.
// Used by efuzhou-kiosk-screen.service so the browser never opens on "connection refused".
// Plain Node, no dependencies: it runs before anything of the app is loaded.
// Usage: node wait-for-kiosk.mjs http://127.0.0.1:5170/ [seconds, default 120]
import { request } from "node:http";

const url = new URL(process.argv[2] ?? "http://127.0.0.1:5170/");
const deadline = Date.now() + Number(process.argv[3] ?? 120) * 1000;

const answers = () =>
  new Promise((resolve) => {
    // HEAD: answered without handing out the kiosk's door, which belongs to the browser.
    const req = request(url, { method: "HEAD", timeout: 2000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(false));
    req.end();
  });

while (!(await answers())) {
  if (Date.now() > deadline) {
    process.stderr.write(`wait-for-kiosk: ${url.href} did not answer\n`);
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
