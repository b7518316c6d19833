import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPtyPair, type PtyPair } from "../../drivers/sim/pty";
import { inBatches, runScript } from "./run-script";

/**
 * Every operator-facing script, run for real as a child process: --help answers on stdout with
 * exit 0, a usage mistake is one plain line and the usage on stderr with the usage exit code
 * (never a stack or a raw validation dump), and an empty answer is said in words.
 */
const HELP: [file: string, args: string[]][] = [
  ["diag.ts", ["--help"]],
  ["diag.ts", ["idcard", "--help"]],
  ["diag.ts", ["printer", "--help"]],
  ["diag.ts", ["list", "--help"]],
  ["sim.ts", ["--help"]],
  ["sim.ts", ["reader", "--help"]],
  ["sim.ts", ["printer", "-h"]],
  ["fleet.ts", ["--help"]],
  ["fleet.ts", ["enrollment-code", "--help"]],
  ["fleet.ts", ["kiosks", "--help"]],
  ["fleet.ts", ["publish-config", "--help"]],
  ["fleet.ts", ["revoke", "--help"]],
  ["fleet.ts", ["request", "--help"]],
  ["fleet.ts", ["export-config-key", "--help"]],
  ["central.ts", ["--help"]],
  ["bench/index.ts", ["--help"]],
  ["soak/index.ts", ["--help"]],
];

const noStack = (text: string): void => {
  expect(text).not.toMatch(/\n\s+at /);
  expect(text).not.toMatch(/"code":\s*"invalid_type"/);
};

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ops-cli-"));
});

describe("scripts answer --help", () => {
  it("every tool and command prints its usage on stdout and exits 0", async () => {
    const results = await inBatches(
      HELP.map(
        ([file, args]) =>
          () =>
            runScript(file, args),
      ),
    );
    results.forEach((r, i) => {
      const what = HELP[i]?.join(" ");
      expect(r.code, `${what}: ${r.stderr}`).toBe(0);
      expect(r.stdout, what).toMatch(/^usage: /);
      expect(r.stderr, what).toBe("");
    });
    // A tool's help says what each of its commands is for, one line each.
    const fleetHelp =
      results[HELP.findIndex(([f, a]) => f === "fleet.ts" && a[0] === "--help")]?.stdout ?? "";
    expect(fleetHelp).toMatch(/export-config-key\s+prints the public key/);
    expect(fleetHelp).toMatch(/kiosks\s+lists enrolled kiosks/);
    expect(fleetHelp).toMatch(/request\s+asks one kiosk for a support packet/);
    expect(fleetHelp).toContain("CENTRAL_DB");
  }, 180_000);
});

describe("usage mistakes", () => {
  it("are one plain line and the usage on stderr, with exit 2 (diag keeps its documented 1)", async () => {
    const db = join(dir, "central.db");
    const cases: [file: string, args: string[], code: number, message: RegExp][] = [
      ["diag.ts", [], 2, /commands:\n\s+idcard\s+waits for a card/],
      ["diag.ts", ["nonsense"], 2, /unknown command "nonsense"/],
      ["fleet.ts", ["publish-config"], 2, /^publish-config: --file: is required/],
      ["fleet.ts", ["publish-config", "--file", join(dir, "missing.json")], 2, /missing\.json: ENOENT/],
      ["fleet.ts", ["kiosks", "--jsn"], 2, /^kiosks: Unknown option '--jsn'/],
      ["sim.ts", ["reader", "--baud", "fast"], 2, /^sim reader: --baud: /],
      ["central.ts", ["--port", "80"], 2, /^central: Unknown option '--port'/],
      [
        "bench/index.ts",
        ["--only", "no-such-group"],
        2,
        /no benchmark group matches "no-such-group"; the groups are: /,
      ],
      ["diag.ts", ["idcard", "--baud", "fast"], 1, /^diag idcard: /],
      ["diag.ts", ["list", "--probe=yes"], 1, /^diag list: /],
    ];
    const results = await inBatches(
      cases.map(
        ([file, args]) =>
          () =>
            runScript(file, args, { CENTRAL_DB: db }),
      ),
    );
    results.forEach((r, i) => {
      const [file, args, code, message] = cases[i] ?? ["", [], 0, /$^/];
      const what = `${file} ${args.join(" ")}`;
      expect(r.code, `${what}: ${r.stderr}`).toBe(code);
      expect(r.stderr, what).toMatch(message);
      expect(r.stdout, what).toBe("");
      noStack(r.stderr);
    });
  }, 180_000);
});

describe("nothing to show is said in words", () => {
  let pty: PtyPair | undefined;
  afterAll(async () => {
    await pty?.close();
  });

  it("fleet kiosks on a fleet with no kiosk says so, and --json is an empty list", async () => {
    const db = join(dir, "empty.db");
    const [text, json] = await Promise.all([
      runScript("fleet.ts", ["kiosks"], { CENTRAL_DB: db }),
      runScript("fleet.ts", ["kiosks", "--json"], { CENTRAL_DB: db }),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(
      `no kiosks enrolled in ${db} (a new kiosk enrolls with a code from: npm run --silent fleet -- enrollment-code)\n`,
    );
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([]);
  }, 60_000);

  it("diag list shows a running simulator by the path it printed", async () => {
    // The same pty pair `npm run sim -- reader` makes, named as it names it.
    pty = await openPtyPair({ name: "reader" });
    const [text, json] = await Promise.all([
      runScript("diag.ts", ["list"]),
      runScript("diag.ts", ["list", "--json"]),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(pty.devicePath);
    expect(text.stdout).toMatch(/virtual ID-card reader \(npm run sim -- reader\)/);
    expect(JSON.parse(json.stdout)).toContainEqual({
      kind: "serial",
      path: pty.devicePath,
      knownModel: "virtual ID-card reader (npm run sim -- reader)",
    });
    await pty.close();
    const after = await runScript("diag.ts", ["list", "--json"]);
    const paths = (JSON.parse(after.stdout) as { path: string }[]).map((c) => c.path);
    expect(paths).not.toContain(pty.devicePath);
    pty = undefined;
  }, 60_000);
});
