import { afterEach, describe, expect, it } from "vitest";
import * as z from "zod";
import { encodeDocument } from "../../drivers/printer/encoder";
import { EscPosPrinter } from "../../drivers/printer/printer";
import { testPageDocument } from "../../drivers/printer/test-page";
import { VirtualPrinter } from "../../drivers/sim/printer/virtual-printer";
import { openPtyPair } from "../../drivers/sim/pty";
import { openSerial } from "../../drivers/transport/serial";
import type { ByteTransport } from "../../drivers/transport/types";
import { openUsbLp } from "../../drivers/transport/usblp";

/**
 * One contract, run against the virtual printer on a pty always, and against a real printer on a
 * bench when KIOSK_TEST_PRINTER_PORT names it (serialport's habit: one contract suite, several
 * implementations). Paper must be loaded and the cover closed for the hardware run; it prints two
 * short tickets.
 */
const HardwareEnv = z.object({
  KIOSK_TEST_PRINTER_PORT: z.string().min(1).optional(),
  KIOSK_TEST_PRINTER_BAUD: z.coerce.number().int().positive().default(115200),
});

interface Target {
  transport: ByteTransport;
  close(): Promise<void>;
}

function printerContract(name: string, connect: () => Promise<Target>): void {
  describe(`printer contract: ${name}`, () => {
    let target: Target | null = null;
    afterEach(async () => {
      await target?.close();
      target = null;
    });

    it("answers every DLE EOT with a valid reply: online, paper present, cover closed", async () => {
      target = await connect();
      const printer = new EscPosPrinter(target.transport);
      const status = await printer.open();
      expect(status.online).toBe(true);
      expect(status.paper).not.toBe("out");
      expect(status.coverOpen).toBe(false);
      expect(await printer.queryStatus()).toEqual(status);
    });

    it("confirms the test page and then a second job, in order", async () => {
      target = await connect();
      const printer = new EscPosPrinter(target.transport);
      await printer.open();
      expect((await printer.print(encodeDocument(testPageDocument(new Date(), name)))).ok).toBe(true);
      const short = encodeDocument({ blocks: [{ kind: "text", text: "合约测试 contract test 2/2" }] });
      expect(await printer.print(short)).toEqual({ ok: true, confirmedBy: "gs-r" });
      expect((await printer.queryStatus()).online).toBe(true);
    });
  });
}

printerContract("virtual printer on a pty", async () => {
  const pty = await openPtyPair();
  const sim = new VirtualPrinter();
  sim.attach(await openSerial({ path: pty.simPath }));
  const transport = await openSerial({ path: pty.devicePath });
  return {
    transport,
    close: async () => {
      await transport.close();
      await sim.disconnect();
      await pty.close();
    },
  };
});

const hardware = HardwareEnv.parse(process.env);
const hardwarePort = hardware.KIOSK_TEST_PRINTER_PORT;
if (hardwarePort !== undefined) {
  printerContract(`hardware ${hardwarePort}`, async () => {
    const transport = /^\/dev\/usb\/lp\d+$/.test(hardwarePort)
      ? await openUsbLp({ path: hardwarePort })
      : await openSerial({ path: hardwarePort, baudRate: hardware.KIOSK_TEST_PRINTER_BAUD });
    return { transport, close: () => transport.close() };
  });
}
