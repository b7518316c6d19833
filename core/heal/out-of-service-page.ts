import { createHash } from "node:crypto";
import type { ServiceNote } from "./service-note";

/**
 * The out-of-service screen: a static page, Chinese first and English second, with the kiosk's
 * name and number and the phone number to call, in place of a blank or browser error screen while
 * the kiosk cannot run. It needs nothing from the runtime, no font or file from the build, and no
 * network but the kiosk's own address: the one script asks that address every few seconds and
 * reloads once something other than this screen answers there, so the kiosk comes back on its own.
 */

/** How often the screen asks whether the kiosk is back. */
const PROBE_MS = 5000;

/**
 * HEAD of the page: the web shell answers it (403 without the door's cookie, or 200) without
 * handing out its door, so the reload after it is still the first GET and gets the door.
 */
const PROBE_SCRIPT = `setInterval(function () {
  fetch("/", { method: "HEAD", cache: "no-store" }).then(function (r) {
    if (r.status !== 503) location.reload();
  }, function () {});
}, ${String(PROBE_MS)});`;

const scriptHash = createHash("sha256").update(PROBE_SCRIPT).digest("base64");

/** The headers to serve the page with: never cached, nothing loads but its own inline parts. */
export const outOfServiceHeaders: Readonly<Record<string, string>> = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  "content-security-policy": `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; connect-src 'self'; base-uri 'none'; form-action 'none'`,
  "x-content-type-options": "nosniff",
};

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);

/**
 * The page's HTML. `probe: false` leaves the script out, for a shell that brings the kiosk back
 * itself (Electron reloads its window when the pause ends; its app:// page has no "/" to ask).
 */
export function outOfServicePage(note: ServiceNote, { probe = true }: { probe?: boolean } = {}): string {
  const name = escapeHtml(note.kioskName);
  const id = escapeHtml(note.kioskId);
  const phone = escapeHtml(note.helpPhone);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>暂停服务 · Out of service</title>
<style>
  html, body { margin: 0; height: 100%; background: #f2f5f9; color: #1a2433;
    font-family: "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif; }
  main { box-sizing: border-box; min-height: 100%; display: flex; flex-direction: column;
    justify-content: center; padding: 6vh 7vw; gap: 3vh; }
  h1 { margin: 0; font-size: 5vh; line-height: 1.2; color: #8a1c1c; }
  h1 span, .en { display: block; }
  h1 span { font-size: 2.6vh; color: #1a2433; font-weight: 600; margin-top: 1vh; }
  p { margin: 0; font-size: 2.4vh; line-height: 1.5; }
  p[lang="en"], .en { font-size: 1.9vh; color: #3a4656; }
  .call { background: #fff; border: 0.3vh solid #1f5fa8; border-radius: 2vh; padding: 3vh 5vw; }
  .phone { display: block; font-size: 5.5vh; font-weight: 700; letter-spacing: 0.04em; color: #0b3d78;
    margin: 1.5vh 0; white-space: nowrap; }
  dl { margin: 0; font-size: 2.2vh; display: grid; grid-template-columns: auto 1fr; gap: 1.5vh 3vw; }
  dt { color: #3a4656; }
  dt .en { font-size: 1.6vh; }
  dd { margin: 0; word-break: break-all; }
  dd.number { font-family: "Noto Sans Mono CJK SC", monospace; }
</style>
</head>
<body>
<main>
  <h1>本终端暂停服务<span lang="en">This kiosk is out of service</span></h1>
  <p>终端正在自动恢复，请稍后再试，或前往附近的其他终端或服务窗口办理。</p>
  <p lang="en">The kiosk is trying to recover by itself. Please try again later, or use another kiosk or a service counter nearby.</p>
  <section class="call" aria-label="求助电话 Help line">
    <p>如需帮助，请致电<span class="en" lang="en">For help, call</span></p>
    <strong class="phone">${phone}</strong>
    <p>并告知下方的终端编号<span class="en" lang="en">and give the kiosk number below</span></p>
  </section>
  <dl>
    <dt>终端<span class="en" lang="en">Kiosk</span></dt><dd>${name}</dd>
    <dt>终端编号<span class="en" lang="en">Kiosk number</span></dt><dd class="number">${id}</dd>
  </dl>
</main>
${probe ? `<script>${PROBE_SCRIPT}</script>\n` : ""}</body>
</html>
`;
}
