import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { IdentityRecord } from "../../drivers/idcard/identity";
import { openPtyPair } from "../../drivers/sim/pty";
import { run as diagIdcard } from "../../scripts/diag/idcard";
import { run as diagList } from "../../scripts/diag/list";
import { ReaderSimulator } from "../../drivers/sim/reader/simulator";
import { openSerial } from "../../drivers/transport/serial";

/** The technician tools as child processes, the way a technician runs them. */
const root = new URL("../../", import.meta.url).pathname;

/** Per-test cleanup. */
function cleanupAfter(...fns: (() => Promise<void>)[]): void {
  onTestFinished(async () => {
    for (const fn of fns.reverse()) await fn().catch(() => undefined);
  });
}

function tool(script: "diag" | "sim", args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], { cwd: root });
}

async function finish(
  child: ChildProcessWithoutNullStreams,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { code, stdout, stderr };
}

async function simOnPty(): Promise<{ devicePath: string; sim: ReaderSimulator }> {
  const pty = await openPtyPair({ name: "cli" });
  const sim = new ReaderSimulator({ seed: 21, processingDelayMs: 5 });
  sim.attach(await openSerial({ path: pty.simPath }));
  cleanupAfter(
    () => pty.close(),
    () => sim.close(),
  );
  return { devicePath: pty.devicePath, sim };
}

describe("diag idcard and sim reader as child processes", () => {
  it("--json prints the card's identity record as one JSON object and exits 0", async () => {
    const { devicePath, sim } = await simOnPty();
    const card = sim.placeCard("foreign-2023");
    const result = await finish(
      tool("diag", ["idcard", "--port", devicePath, "--timeout-ms", "10000", "--json"]),
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(IdentityRecord.parse(JSON.parse(lines[0]!))).toEqual(card.record);
  });

  it("exits 2 when no card arrives before the timeout", async () => {
    const { devicePath } = await simOnPty();
    const result = await finish(
      tool("diag", ["idcard", "--port", devicePath, "--timeout-ms", "1500", "--json"]),
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/no card/);
  });

  it("sim reader prints the device path first and is driven from stdin", async () => {
    const sim = tool("sim", ["reader", "--delay-ms", "5"]);
    cleanupAfter(async () => {
      if (sim.exitCode === null) {
        const exited = new Promise((resolve) => sim.once("exit", resolve));
        sim.kill("SIGTERM");
        await exited;
      }
    });
    const lines = createInterface({ input: sim.stdout });
    const iterator = lines[Symbol.asyncIterator]();
    const devicePath = (await iterator.next()).value as string;
    expect(devicePath).toMatch(/reader-device$/);

    const diag = finish(tool("diag", ["idcard", "--port", devicePath, "--timeout-ms", "15000", "--json"]));
    sim.stdin.write("place hmt-permit\n");
    expect((await iterator.next()).value).toMatch(/^placed hmt-permit 8[123]00\*+\d{3}[\dX]$/);
    const result = await diag;
    expect(result.code).toBe(0);
    expect(IdentityRecord.parse(JSON.parse(result.stdout))).toMatchObject({
      cardType: "hmt-permit",
      idNumberValid: true,
    });
  });
});

/** Runs a tool's `run(argv)` in this process, capturing what it writes (fast: no tsx start-up). */
async function inProcess(
  run: (argv: string[]) => Promise<number>,
  argv: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await run(argv), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe("diag idcard and diag list in-process", () => {
  it("without --json prints a summary with the ID number masked", async () => {
    const { devicePath, sim } = await simOnPty();
    const card = sim.placeCard("resident");
    const result = await inProcess(diagIdcard, ["--port", devicePath, "--timeout-ms", "10000"]);
    expect(result.code).toBe(0);
    const id = card.record.idNumber;
    expect(result.stdout).toContain(`${id.slice(0, 4)}**********${id.slice(-4)}`);
    expect(result.stdout).not.toContain(id);
    expect(result.stdout).not.toContain(card.record.address!);
  });

  it("exits 3 when the SAM reports a failed self-test", async () => {
    const { devicePath, sim } = await simOnPty();
    sim.injectFault("sam-failure", 50);
    const result = await inProcess(diagIdcard, ["--port", devicePath, "--timeout-ms", "5000"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/self-test failed/);
  });

  it("exits 3 with a clear message for a missing device", async () => {
    const result = await inProcess(diagIdcard, ["--port", "/dev/no-such-reader", "--json"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/cannot open the reader.*no-such-reader/);
  });

  it("exits 1 on bad usage", async () => {
    const result = await inProcess(diagIdcard, ["--baud", "fast"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--port/);
  });

  it("list prints candidates as JSON", async () => {
    const result = await inProcess(diagList, ["--json"]);
    expect(result.code).toBe(0);
    expect(Array.isArray(JSON.parse(result.stdout))).toBe(true);
  });
});
