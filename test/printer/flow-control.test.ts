import { afterEach, describe, expect, it } from "vitest";
import { PrinterService } from "../../core/devices/printer/printer-service";
import { openPtyPair, type PtyPair } from "../../drivers/sim/pty";
import { VirtualPrinter } from "../../drivers/sim/printer/virtual-printer";
import { openSerial } from "../../drivers/transport/serial";
import { layoutSamples } from "../../kiosk-config/layouts/samples";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A printer with a 128-byte receive buffer printing at 200 mm/s: a ticket overruns it many times over. */
async function smallBufferPrinter(flow: "none" | "xonxoff") {
  const pty: PtyPair = await openPtyPair();
  const sim = new VirtualPrinter({ receiveBufferBytes: 128, flowControl: flow, printSpeedMmPerS: 200 });
  sim.attach(await openSerial({ path: pty.simPath }));
  const service = new PrinterService({
    port: pty.devicePath,
    flowControl: flow,
    paperWidthMm: 58,
    jobTimeoutMs: 1500,
    statusPollMs: 60_000,
  });
  cleanups.push(async () => {
    await service.stop();
    await sim.disconnect();
    await pty.close();
  });
  await service.start();
  return { sim, service };
}

describe("serial flow control on a pty (the printer's receive buffer is smaller than a ticket)", () => {
  it("with XON/XOFF the host pauses when told: the whole ticket prints, nothing is dropped", async () => {
    const { sim, service } = await smallBufferPrinter("xonxoff");
    const result = await service.print("queue-ticket", layoutSamples["queue-ticket"]);
    expect(result.ok).toBe(true);
    expect(sim.droppedBytes).toBe(0);
    const printed = sim.recentTickets()[0]!.lines.flatMap((l) => (l.kind === "text" ? [l.text] : []));
    const preview = service.preview("queue-ticket", layoutSamples["queue-ticket"]);
    expect(printed.filter((t) => t !== "")).toEqual(
      preview.lines.flatMap((l) => (l.kind === "text" && l.text !== "" ? [l.text] : [])),
    );
  });

  it("without flow control the overflow is lost, and the kiosk does not report the ticket as printed", async () => {
    const { sim, service } = await smallBufferPrinter("none");
    const result = await service.print("queue-ticket", layoutSamples["queue-ticket"]);
    expect(sim.droppedBytes).toBeGreaterThan(0);
    expect(result.ok).toBe(false);
  });
});
