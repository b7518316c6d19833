import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { build } from "vite";
import { kioskContext, launchChromium } from "../../test/support/browser";
import { projectRoot } from "../project";
import { enrollKioskWith, startCentral } from "../soak/processes";
import type { Benchmark, Figure } from "./types";

const RUNS = 5;

/**
 * The peer's server: a plain Node static server for the blank page, started the same way as the
 * kiosk (node on a built JavaScript file), doing nothing else.
 */
const BLANK_SERVER = `
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join } from "node:path";
const dir = process.argv[2];
const types = { ".html": "text/html", ".js": "text/javascript" };
const server = createServer(async (req, res) => {
  const path = req.url === "/" ? "/index.html" : req.url.split("?")[0];
  try {
    const body = await readFile(join(dir, path.replace(/\\.\\./g, "")));
    res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
server.listen(0, "127.0.0.1", () => console.log("blank page at http://127.0.0.1:" + server.address().port + "/"));
`;

/** Builds a blank Vite + React page (the peer) into a temporary folder. */
async function buildBlankPage(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), "blank-react-"));
  writeFileSync(
    join(root, "index.html"),
    '<!doctype html><div id="root"></div><script type="module" src="./main.jsx"></script>',
  );
  writeFileSync(
    join(root, "main.jsx"),
    'import { createRoot } from "react-dom/client";\ncreateRoot(document.getElementById("root")).render(<h1 className="ready" elementtiming="ready">blank</h1>);\n',
  );
  const outDir = join(root, "dist");
  mkdirSync(outDir);
  await build({
    root,
    configFile: false,
    logLevel: "silent",
    resolve: {
      alias: {
        react: join(projectRoot, "node_modules/react"),
        "react-dom": join(projectRoot, "node_modules/react-dom"),
      },
    },
    build: { outDir, target: "chrome120" },
  });
  return outDir;
}

interface Started {
  /** Spawn → the page painted the element named `ready` (Chromium's Element Timing). */
  startToPaintMs: number;
  /** Spawn → the page could be used (its `interactive` mark; the paint for a page without one). */
  startToInteractiveMs: number;
  /** Paths of the scripts the page had requested by then. */
  scriptsBeforeInteractive: string[];
  rssMb: number;
}

interface Ready {
  /** What to wait for. */
  selector: string;
  /** The `elementtiming` name whose paint counts. */
  elementTiming: string;
  /** A performance mark the page sets once it can be used, if it paints before that. */
  interactiveMark?: string;
}

/**
 * When the page first painted an element carrying `elementtiming="<name>"`, in epoch ms: its
 * navigation start plus the entry's render time. Epoch ms is the clock both processes share.
 */
const PAINTED_AT = (name: string): string => `new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error("no element timing entry for ${name}")), 5000);
  new PerformanceObserver((list) => {
    const entry = list.getEntries().find((e) => e.identifier === ${JSON.stringify(name)});
    if (!entry) return;
    clearTimeout(timer);
    resolve(performance.timeOrigin + entry.renderTime);
  }).observe({ type: "element", buffered: true });
})`;

/** When the page set the performance mark `name`, in epoch ms, and the scripts requested by then. */
const MARKED_AT = (name: string): string => `new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error("no performance mark ${name}")), 10000);
  const look = () => {
    const mark = performance.getEntriesByName(${JSON.stringify(name)})[0];
    if (!mark) return setTimeout(look, 20);
    clearTimeout(timer);
    const scripts = performance.getEntriesByType("resource")
      .filter((r) => r.startTime <= mark.startTime && new URL(r.name).pathname.endsWith(".js"))
      .map((r) => new URL(r.name).pathname);
    resolve(JSON.stringify({ at: performance.timeOrigin + mark.startTime, scripts }));
  };
  look();
})`;

/**
 * Spawns a server, opens its page, and times spawn → the element named in `ready` painted, and
 * → the page usable. Both times come from the page itself, so the driver's polling does not count.
 */
async function timeStart(
  browser: Browser,
  args: string[],
  env: Record<string, string>,
  ready: Ready,
): Promise<Started> {
  const t0Epoch = Date.now();
  // Plain node, one process, as `npm start` runs it, so RSS is the server's own.
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "ignore"],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = "";
      child.stdout.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.once("exit", () => reject(new Error(`server exited: ${out}`)));
    });
    const context = await kioskContext(browser);
    const page = await context.newPage();
    await page.goto(url);
    await page.locator(ready.selector).first().waitFor();
    const startToPaintMs = Number(await page.evaluate(PAINTED_AT(ready.elementTiming))) - t0Epoch;
    let startToInteractiveMs = startToPaintMs;
    let scriptsBeforeInteractive: string[] = [];
    if (ready.interactiveMark === undefined) {
      scriptsBeforeInteractive = await page.evaluate(
        `performance.getEntriesByType("resource").map((r) => new URL(r.name).pathname).filter((p) => p.endsWith(".js"))`,
      );
    } else {
      const marked = JSON.parse(String(await page.evaluate(MARKED_AT(ready.interactiveMark)))) as {
        at: number;
        scripts: string[];
      };
      startToInteractiveMs = marked.at - t0Epoch;
      scriptsBeforeInteractive = marked.scripts;
    }
    // Idle memory: the server after its page has loaded and settled.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const status = readFileSync(`/proc/${String(child.pid)}/status`, "utf8");
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    await context.close();
    return { startToPaintMs, startToInteractiveMs, scriptsBeforeInteractive, rssMb: rssKb / 1024 };
  } finally {
    // Wait for it to exit: the next start reuses its data folder.
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

/** The gzip size of scripts (URL paths under `dir`), in KB; a path named twice counts once. */
function gzipKb(dir: string, paths: readonly string[]): number {
  if (paths.length === 0) throw new Error(`no scripts were loaded from ${dir}`);
  return (
    [...new Set(paths)].reduce(
      (sum, p) => sum + gzipSync(readFileSync(join(dir, p)), { level: 9 }).length,
      0,
    ) / 1024
  );
}

/** All the JavaScript the build emitted, lazily loaded chunks included. */
function allJsGzipKb(dir: string): number {
  const scripts = readdirSync(join(dir, "assets")).filter((f) => f.endsWith(".js"));
  return gzipKb(
    dir,
    scripts.map((f) => `assets/${f}`),
  );
}

export const benchmarks: Benchmark[] = [
  {
    group: "web shell",
    async run(): Promise<Figure[]> {
      const blankDir = await buildBlankPage();
      const blankServer = join(blankDir, "..", "server.mjs");
      writeFileSync(blankServer, BLANK_SERVER);
      const browser = await launchChromium();
      const ours: Started[] = [];
      const peer: Started[] = [];
      const deployed: Started[] = [];
      // A deployed kiosk talks to the city's central service, not to one in its own process: the
      // embedded central thread (the demo default) is measured apart from the kiosk's own memory.
      const central = await startCentral();
      try {
        // A kiosk's cold start is a process start on an installed kiosk: its data folder exists (first
        // start ran migrations and enrolled). One unmeasured start prepares it.
        const dataDir = mkdtempSync(join(tmpdir(), "bench-kiosk-"));
        const kioskEnv = { KIOSK_SHELL: "web", KIOSK_PORT: "0", KIOSK_DATA_DIR: dataDir, LOG_LEVEL: "warn" };
        const kioskArgs = [join(projectRoot, "dist", "kiosk", "start.mjs")];
        const kioskReady: Ready = {
          selector: ".tile",
          elementTiming: "category-tile",
          interactiveMark: "kiosk-interactive",
        };
        const peerReady: Ready = { selector: ".ready", elementTiming: "ready" };
        const deployedDir = mkdtempSync(join(tmpdir(), "bench-kiosk-deployed-"));
        const deployedEnv = {
          ...kioskEnv,
          KIOSK_DATA_DIR: deployedDir,
          ...(await enrollKioskWith(central, deployedDir)),
        };
        await timeStart(browser, kioskArgs, kioskEnv, kioskReady);
        await timeStart(browser, kioskArgs, deployedEnv, kioskReady);
        // Alternate them so drift on a noisy machine hits all alike.
        for (let i = 0; i < RUNS; i++) {
          ours.push(await timeStart(browser, kioskArgs, kioskEnv, kioskReady));
          peer.push(await timeStart(browser, [blankServer, blankDir], {}, peerReady));
          deployed.push(await timeStart(browser, kioskArgs, deployedEnv, kioskReady));
        }
      } finally {
        await browser.close();
        await central.stop();
      }
      const deployedRss = median(deployed.map((r) => r.rssMb));
      const firstPaint = median(ours.map((r) => r.startToPaintMs));
      const rendererDir = join(projectRoot, "dist", "renderer");
      // What the first measured start loaded before it was usable (every start loads the same).
      const js = gzipKb(rendererDir, ours[0]?.scriptsBeforeInteractive ?? []);
      return [
        {
          // Names of figures are what scripts read from `--json`: kept as first published.
          name: `start → attract screen painted (median of ${RUNS})`,
          value: firstPaint,
          unit: "ms",
          peer: {
            name: "blank Vite+React page, plain Node server",
            value: median(peer.map((r) => r.startToPaintMs)),
          },
          goal: "≤ 1500 ms",
          meetsGoal: firstPaint <= 1500,
        },
        {
          name: "start → attract screen usable (live page mounted over the prerender)",
          value: median(ours.map((r) => r.startToInteractiveMs)),
          unit: "ms",
          peer: {
            name: "blank page painted (it has nothing more to load)",
            value: median(peer.map((r) => r.startToInteractiveMs)),
          },
        },
        {
          name: "initial JS (gzip)",
          value: js,
          unit: "KB",
          peer: {
            name: "blank Vite+React page",
            value: gzipKb(blankDir, peer[0]?.scriptsBeforeInteractive ?? []),
          },
          goal: "≤ 250 KB",
          meetsGoal: js <= 250,
        },
        {
          name: "all JS, loaded later included (gzip)",
          value: allJsGzipKb(rendererDir),
          unit: "KB",
          peer: { name: "blank Vite+React page", value: allJsGzipKb(blankDir) },
        },
        {
          name: "idle memory of the kiosk process (RSS)",
          value: median(ours.map((r) => r.rssMb)),
          unit: "MB",
          peer: { name: "blank page server", value: median(peer.map((r) => r.rssMb)) },
        },
        {
          name: "idle memory of the kiosk process (RSS), with a remote central as deployed",
          value: deployedRss,
          unit: "MB",
          peer: {
            name: "the same kiosk on embedded defaults (central thread in-process)",
            value: median(ours.map((r) => r.rssMb)),
          },
          goal: "≤ 100 MB",
          meetsGoal: deployedRss <= 100,
        },
      ];
    },
  },
];
