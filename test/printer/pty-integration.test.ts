import { afterEach, describe, expect, it } from "vitest";
import { PrinterService, type PrinterServiceStatus } from "../../core/devices/printer/printer-service";
import { openPtyPair, type PtyPair } from "../../drivers/sim/pty";
import { VirtualPrinter } from "../../drivers/sim/printer/virtual-printer";
import { openSerial } from "../../drivers/transport/serial";
import { layoutSamples } from "../../kiosk-config/layouts/samples";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function rig(options: { baud?: number } = {}) {
  const baudRate = options.baud ?? 115200;
  let pty: PtyPair = await openPtyPair({ name: "printer" });
  const dir = pty.devicePath.slice(0, pty.devicePath.lastIndexOf("/"));
  const sim = new VirtualPrinter({ baudRate });
  sim.attach(await openSerial({ path: pty.simPath, baudRate }));
  const service = new PrinterService({
    port: pty.devicePath,
    baudRate,
    reconnectIntervalMs: 50,
    statusPollMs: 200,
    queryTimeoutMs: 300,
  });
  cleanups.push(async () => {
    await service.stop();
    await sim.disconnect();
    await pty.close();
  });
  await service.start();
  return {
    sim,
    service,
    unplug: async () => {
      await sim.disconnect();
      await pty.close();
    },
    replug: async () => {
      pty = await openPtyPair({ dir, name: "printer" });
      sim.reconnect();
      sim.attach(await openSerial({ path: pty.simPath, baudRate }));
    },
  };
}

function until(
  service: PrinterService,
  test: (s: PrinterServiceStatus) => boolean,
): Promise<PrinterServiceStatus> {
  return new Promise((resolve) => {
    if (test(service.status())) {
      resolve(service.status());
      return;
    }
    const off = service.on("status-changed", (s) => {
      if (!test(s)) return;
      off();
      resolve(s);
    });
  });
}

describe("printer on a pseudo-terminal (PrinterService ↔ pty ↔ virtual printer)", () => {
  it("prints a receipt, confirmed, and the virtual printer decodes it back", async () => {
    const { sim, service } = await rig();
    expect(service.status()).toMatchObject({
      connection: "serial",
      state: "online",
      paper: "ok",
      coverOpen: false,
    });
    const result = await service.print("submission-receipt", layoutSamples["submission-receipt"]);
    expect(result.ok).toBe(true);
    const ticket = sim.recentTickets()[0]!;
    expect(ticket.cut).toBe("partial");
    expect(ticket.fedBeforeCut).toBe(true);
    const text = ticket.lines
      .filter((l) => l.kind === "text")
      .map((l) => l.text)
      .join("\n");
    expect(text).toContain("新生儿参保登记");
    expect(text).toContain("3501**********123X");
    expect(ticket.lines).toContainEqual(
      expect.objectContaining({ kind: "qr", payload: "https://efuzhou.test/p/FZ-20261127-000123" }),
    );
  });

  it("follows each status: near-end, out, cover open, error, back to ok", async () => {
    const { sim, service } = await rig();
    sim.setPaper("near-end");
    expect(await until(service, (s) => s.paper === "near-end")).toMatchObject({ state: "online" });
    sim.setPaper("out");
    expect(await until(service, (s) => s.paper === "out")).toMatchObject({
      state: "error",
      lastError: "paper out",
    });
    sim.setPaper("ok");
    sim.setCoverOpen(true);
    expect(await until(service, (s) => s.coverOpen)).toMatchObject({
      state: "error",
      lastError: "cover open",
    });
    sim.setCoverOpen(false);
    sim.setError("autocutter");
    expect(await until(service, (s) => s.lastError === "printer error: autocutter")).toMatchObject({
      state: "error",
    });
    sim.setError(null);
    expect(await until(service, (s) => s.state === "online")).toMatchObject({
      paper: "ok",
      coverOpen: false,
    });
  });

  it("paper running out mid-job: reported as paper-out, never as printed", async () => {
    const { sim, service } = await rig();
    sim.setPaperRemaining(3);
    const result = await service.print("query-printout", layoutSamples["query-printout"]);
    expect(result).toMatchObject({ ok: false, reason: "paper-out" });
    expect(sim.recentTickets()).toEqual([]);
    sim.setPaper("ok");
    await until(service, (s) => s.paper === "ok");
    expect(await service.print("queue-ticket", layoutSamples["queue-ticket"])).toMatchObject({ ok: true });
    expect(sim.recentTickets()).toHaveLength(1);
  });

  it("cover opened mid-job while printing slowly: reported as cover-open", async () => {
    const { sim, service } = await rig();
    sim.setSpeed("slow");
    const started = service.print("certificate", layoutSamples.certificate);
    // Open the cover once the first lines are on paper: truly mid-job.
    while (sim.pendingTicket().lines.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    sim.setCoverOpen(true);
    expect(await started).toMatchObject({ ok: false, reason: "cover-open" });
  });

  it("unplugged: offline and print refused; replugged at the same path: back online by itself", async () => {
    const { service, unplug, replug, sim } = await rig();
    await unplug();
    expect(await until(service, (s) => s.state === "offline")).toMatchObject({
      port: expect.any(String) as unknown,
    });
    expect(await service.print("queue-ticket", layoutSamples["queue-ticket"])).toMatchObject({
      ok: false,
      reason: "offline",
    });
    await replug();
    await until(service, (s) => s.state === "online");
    expect(await service.print("queue-ticket", layoutSamples["queue-ticket"])).toMatchObject({ ok: true });
    expect(sim.recentTickets()).toHaveLength(1);
  });
});
