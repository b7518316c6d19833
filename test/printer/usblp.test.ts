import { afterEach, describe, expect, it } from "vitest";
import { EscPosPrinter } from "../../drivers/printer/printer";
import { encodeDocument } from "../../drivers/printer/encoder";
import { openPtyPair, type PtyPair } from "../../drivers/sim/pty";
import { VirtualPrinter } from "../../drivers/sim/printer/virtual-printer";
import { openSerial } from "../../drivers/transport/serial";
import { openUsbLp } from "../../drivers/transport/usblp";

let pty: PtyPair | null = null;
afterEach(async () => {
  await pty?.close();
  pty = null;
});

describe("usblp transport (device file opened read/write), on a pty standing in for /dev/usb/lp0", () => {
  it("prints a ticket confirmed by the printer, then sees the unplug", async () => {
    pty = await openPtyPair();
    const sim = new VirtualPrinter();
    sim.attach(await openSerial({ path: pty.simPath }));
    const transport = await openUsbLp({ path: pty.devicePath });
    const printer = new EscPosPrinter(transport);
    expect(await printer.open()).toMatchObject({ online: true, paper: "ok" });
    const result = await printer.print(encodeDocument({ blocks: [{ kind: "text", text: "USB 福州" }] }));
    expect(result.ok).toBe(true);
    expect(sim.recentTickets()[0]?.lines[0]).toMatchObject({ text: "USB 福州" });
    const closed = new Promise<Error | null>((resolve) => transport.onClose(resolve));
    await pty.close();
    pty = null;
    expect(await closed).toBeInstanceOf(Error);
    expect(transport.isOpen).toBe(false);
  });

  it("rejects a path that does not exist", async () => {
    await expect(openUsbLp({ path: "/nonexistent/usb/lp9" })).rejects.toThrow(/ENOENT/);
  });
});
