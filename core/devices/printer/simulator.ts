import { VirtualPrinter, type VirtualPrinterOptions } from "../../../drivers/sim/printer/virtual-printer";
import { memoryPair } from "../../../drivers/transport/memory";
import type { ByteTransport } from "../../../drivers/transport/types";
import type { PrinterOpener } from "./options";

/**
 * The built-in virtual printer for `port: "sim"`, and the opener that attaches it: each open is a
 * fresh in-memory link whose far end the virtual printer drives, refused while it is "unplugged".
 */
export function builtInSimulator(
  baudRate: number,
  options: VirtualPrinterOptions | undefined,
): { simulator: VirtualPrinter; open: PrinterOpener } {
  const simulator = new VirtualPrinter({ baudRate, ...options });
  const open = (): Promise<ByteTransport> => {
    if (!simulator.pluggedIn) return Promise.reject(new Error("virtual printer unplugged"));
    const [host, device] = memoryPair("virtual printer");
    simulator.attach(device);
    return Promise.resolve(host);
  };
  return { simulator, open };
}
