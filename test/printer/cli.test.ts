import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { encodeDocument } from "../../drivers/printer/encoder";
import { EscPosPrinter } from "../../drivers/printer/printer";
import { openPtyPair, type PtyPair } from "../../drivers/sim/pty";
import { VirtualPrinter } from "../../drivers/sim/printer/virtual-printer";
import { openSerial } from "../../drivers/transport/serial";

/** Runs a script the way `npm run --silent <tool>` does, without npm's start-up cost. */
function runTool(
  tool: "diag" | "sim",
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", `scripts/${tool}.ts`, ...args], {
      cwd: process.cwd(),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("diag printer, as a child process against the virtual printer on a pty", () => {
  let pty: PtyPair;
  const sims: VirtualPrinter[] = [];
  const ptys: PtyPair[] = [];

  async function printerOnPty(
    setup: (sim: VirtualPrinter) => void,
  ): Promise<{ sim: VirtualPrinter; path: string }> {
    pty = await openPtyPair();
    ptys.push(pty);
    const sim = new VirtualPrinter();
    sim.attach(await openSerial({ path: pty.simPath }));
    setup(sim);
    sims.push(sim);
    return { sim, path: pty.devicePath };
  }

  afterAll(async () => {
    for (const sim of sims) await sim.disconnect();
    for (const p of ptys) await p.close();
  });

  // One batch of child processes in parallel: each costs a tsx start-up, which dominates on 2 cores.
  it("--status --json and --print-test report what the printer says, with the documented exit codes", async () => {
    const nearEnd = await printerOnPty((sim) => sim.setPaper("near-end"));
    const toPrint = await printerOnPty(() => undefined);
    const out = await printerOnPty((sim) => sim.setPaper("out"));
    const [status, printed, refused] = await Promise.all([
      runTool("diag", ["printer", "--port", nearEnd.path, "--baud", "115200", "--status", "--json"]),
      runTool("diag", ["printer", "--port", toPrint.path, "--print-test", "--timeout-ms", "5000"]),
      runTool("diag", ["printer", "--port", out.path, "--print-test"]),
    ]);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual({
      online: true,
      paper: "near-end",
      coverOpen: false,
      error: null,
    });

    expect(printed.code).toBe(0);
    expect(printed.stderr).toMatch(/confirmed by the printer/);
    const ticket = toPrint.sim.recentTickets()[0];
    expect(ticket?.lines[0]).toMatchObject({ kind: "text", text: "打印机自检 Printer test" });
    expect(ticket?.lines).toContainEqual(
      expect.objectContaining({ kind: "qr", payload: "https://efuzhou.test/selftest?福州" }),
    );

    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/paper-out/);
    expect(refused.stderr).toMatch(/out of paper/);
    expect(out.sim.recentTickets()).toEqual([]);
  });

  // Paths that never reach a printer run in-process: a tsx start-up each would dominate the suite.
  it("a missing port exits 2 with a JSON answer; missing flags exit 1 with the usage", async () => {
    const { run } = await import("../../scripts/diag/printer");
    const stdout: string[] = [];
    const stderr: string[] = [];
    const outSpy = vi
      .spyOn(process.stdout, "write")
      .mockImplementation((chunk) => stdout.push(String(chunk)) > 0);
    const errSpy = vi
      .spyOn(process.stderr, "write")
      .mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
    try {
      expect(await run(["--port", "/nonexistent/ttyPRN9", "--status", "--json"])).toBe(2);
      const answer = JSON.parse(stdout.join("")) as { online: boolean; error: string };
      expect(answer.online).toBe(false);
      expect(answer.error).toContain("cannot open");
      expect(await run(["--status"])).toBe(1);
      expect(stderr.join("")).toMatch(/--port PATH is required/);
      expect(await run(["--port", "/dev/null"])).toBe(1);
      expect(stderr.join("")).toMatch(/choose --status and\/or --print-test/);
    } finally {
      outSpy.mockRestore();
      errSpy.mockRestore();
    }
  });
});

describe("sim printer, as a child process", () => {
  let child: ChildProcessWithoutNullStreams;
  const lines: string[] = [];
  let waiters: (() => void)[] = [];

  beforeAll(async () => {
    child = spawn(process.execPath, ["--import", "tsx", "scripts/sim.ts", "printer"], { cwd: process.cwd() });
    createInterface({ input: child.stdout }).on("line", (line) => {
      lines.push(line);
      for (const wake of waiters.splice(0)) wake();
    });
    await waitForLine(() => lines.length > 0);
  });
  afterAll(async () => {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  });

  function waitForLine(test: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = (): void => {
        if (test()) resolve();
        else waiters.push(check);
      };
      check();
    });
  }

  it("prints the device path first, echoes decoded tickets, and takes paper and cover commands", async () => {
    const devicePath = lines[0]!;
    expect(devicePath).toMatch(/printer-device$/);
    const transport = await openSerial({ path: devicePath });
    try {
      const printer = new EscPosPrinter(transport);
      await printer.open();
      const result = await printer.print(
        encodeDocument({
          blocks: [
            { kind: "text", text: "福州 A023" },
            { kind: "qr", payload: "REF-1" },
          ],
        }),
      );
      expect(result.ok).toBe(true);
      await waitForLine(() => lines.some((l) => l.startsWith("--- end of ticket 1")));
      expect(lines).toContain("福州 A023");
      expect(lines).toContain("[QR REF-1]");
      child.stdin.write("paper out\n");
      await waitForLine(() => lines.includes("paper out"));
      expect(await printer.queryStatus()).toMatchObject({ paper: "out", online: false });
      child.stdin.write("cover open\n");
      await waitForLine(() => lines.includes("cover open"));
      expect(await printer.queryStatus()).toMatchObject({ coverOpen: true });
    } finally {
      waiters = [];
      await transport.close();
    }
  });
});
