import { existsSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import { kioskContext, launchChromium } from "../../test/support/browser";
import type { FlowKiosk } from "../../test/support/flow-driver";
import { parseCommandArgs } from "../cli/args";
import { projectRoot } from "../project";
import { startCentral, startKiosk } from "./processes";
import { formatCurve, GROWTH_LIMIT, growthOf } from "./report";
import { type Sample, takeSample } from "./sample";
import { recover, rotation, runSession } from "./sessions";

const USAGE = `usage: npm run --silent soak -- [--sessions N] [--sample-every N] [--warmup N]
Drives N consecutive resident sessions (default 1000) through the built web shell in Chromium with
the simulated reader and printer, against a standalone central service: card placed, a query, a
秒批 submission or a queue ticket in turn, receipt printed, session ended. Every --sample-every
sessions (default 50) it samples the kiosk process (RSS, heap after a collection, active handles,
open file descriptors) and the page (JS heap, DOM nodes). The curve goes to stderr, a JSON summary
to stdout. Exits 1 when any figure grew by 10 % or more from the --warmup sample (default 100, or a
tenth of the run) to the last, or when any session failed. Needs \`npm run build\` first.
`;

const Flags = z.object({
  sessions: z.coerce.number().int().min(1).max(100_000).default(1000),
  "sample-every": z.coerce.number().int().min(1).default(50),
  warmup: z.coerce.number().int().min(0).optional(),
});

const parsed = parseCommandArgs(
  {
    name: "soak",
    usage: USAGE,
    options: { sessions: { type: "string" }, "sample-every": { type: "string" }, warmup: { type: "string" } },
    check: (v) => Flags.parse(v),
  },
  process.argv.slice(2),
);
if (!parsed.ok) process.exit(parsed.exitCode);
const { sessions, "sample-every": every } = parsed.values;
const warmup = parsed.values.warmup ?? Math.min(100, Math.floor(sessions / 10 / every) * every);
if (!existsSync(join(projectRoot, "dist", "kiosk", "start.mjs"))) {
  process.stderr.write("soak: dist/ is missing: run `npm run build` first\n");
  process.exit(2);
}

const say = (line: string): void => void process.stderr.write(`soak: ${line}\n`);

const central = await startCentral();
const kiosk = await startKiosk(central);
const browser = await launchChromium();
const errors = {
  sessions: [] as { session: number; service: string; message: string }[],
  page: [] as string[],
  console: [] as string[],
  kioskLog: [] as string[],
  favicon: [] as string[],
};
const samples: Sample[] = [];
const started = Date.now();
// Why the run stopped early (the browser or the kiosk gone): the report is still written, with
// the samples taken so far, because an hour of curve is worth more than a stack trace.
let aborted: string | undefined;
let completed = 0;
try {
  const context = await kioskContext(browser);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on("pageerror", (error) => errors.page.push(error.message));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const where = message.location().url;
    const text = `${message.text()}${where === "" ? "" : ` (${where})`}`;
    // Chromium asks every page for /favicon.ico, which the kiosk does not serve (it runs full
    // screen, with no tab to show one in): reported apart, not counted as the kiosk's error.
    if (new URL(where || "http://x/").pathname === "/favicon.ico") errors.favicon.push(text);
    else errors.console.push(text);
  });
  await page.goto(kiosk.url);
  await page.getByTestId("entry-service").waitFor({ timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const fk: FlowKiosk = {
    kiosk: {
      url: kiosk.url,
      dataDir: kiosk.dataDir,
      child: kiosk.child,
      output: () => kiosk.output(),
      stop: () => kiosk.stop(),
    },
    dataDir: kiosk.dataDir,
    browser,
    page,
    close: () => browser.close(),
  };
  samples.push(await takeSample(0, kiosk.child, cdp));
  for (let n = 1; n <= sessions; n++) {
    const kind = rotation[(n - 1) % rotation.length];
    if (kind === undefined) throw new Error("empty rotation");
    try {
      await runSession(fk, kind);
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
      errors.sessions.push({ session: n, service: kind.name, message });
      say(`session ${n} (${kind.name}) failed: ${message}`);
      await recover(fk);
    }
    completed = n;
    if (kiosk.child.exitCode !== null) throw new Error(`the kiosk exited:\n${kiosk.output().slice(-2000)}`);
    if (n % every === 0 || n === sessions) {
      const sample = await takeSample(n, kiosk.child, cdp);
      samples.push(sample);
      say(
        `${n}/${sessions}  kiosk ${sample.kiosk.rssMb} MB RSS, heap ${sample.kiosk.heapUsedMb} MB, ` +
          `${sample.kiosk.handles} handles, ${sample.kiosk.fds} fds; page heap ${sample.page.jsHeapUsedMb} MB; ` +
          `${errors.sessions.length} failed; ${Math.round((Date.now() - started) / 1000)} s`,
      );
    }
  }
} catch (error) {
  aborted = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
  say(`stopped after ${completed} sessions: ${aborted.split("\n")[0] ?? ""}`);
} finally {
  await browser.close().catch(() => undefined);
  await kiosk.stop();
  await central.stop();
}

// pino writes one JSON object a line; level 50 is error, 60 fatal.
for (const line of kiosk.output().split("\n")) {
  const level = /"level":(\d+)/.exec(line)?.[1];
  if (level !== undefined && Number(level) >= 50) errors.kioskLog.push(line.slice(0, 300));
}

const growth = growthOf(samples, warmup);
const errorCount =
  errors.sessions.length + errors.page.length + errors.console.length + errors.kioskLog.length;
const ok = aborted === undefined && growth.every((g) => g.ok) && errorCount === 0;
const at = (session: number): Sample | undefined => samples.find((s) => s.session === session);
process.stderr.write(`\n${formatCurve(samples)}\n`);
for (const g of growth) {
  process.stderr.write(
    `${g.ok ? "ok  " : "GREW"}  ${g.metric.padEnd(18)} ${String(g.atWarmup).padStart(8)} → ${String(g.atEnd).padStart(8)}  (${(g.growth * 100).toFixed(1)} %)\n`,
  );
}
process.stdout.write(
  `${JSON.stringify(
    {
      ok,
      sessions,
      completed,
      ...(aborted === undefined ? {} : { aborted }),
      warmup,
      sampleEvery: every,
      durationSeconds: Math.round((Date.now() - started) / 1000),
      growthLimit: GROWTH_LIMIT,
      growth,
      atWarmup: at(warmup),
      atEnd: samples.at(-1),
      errors: {
        count: errorCount,
        failedSessions: errors.sessions.length,
        pageErrors: errors.page.length,
        consoleErrors: errors.console.length,
        kioskLogErrors: errors.kioskLog.length,
        notCounted: errors.favicon,
        first: [
          ...errors.sessions.map((e) => `#${e.session} ${e.service}: ${e.message}`),
          ...errors.page,
          ...errors.console,
          ...errors.kioskLog,
        ].slice(0, 20),
      },
      samples,
    },
    null,
    2,
  )}\n`,
);
process.exit(ok ? 0 : 1);
