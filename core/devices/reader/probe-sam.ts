import { connectSam } from "./connect";
import { openReaderPort } from "./open-port";
import type { TransportOpener } from "./options";

/** What answered on a port. */
export interface SamProbeResult {
  baudRate: number;
  /** The SAM ID string, or null when the module would not tell. */
  samId: string | null;
}

/**
 * Asks whether a SAM answers on `path`: status `11 FF` at 115 200, 57 600, 38 400, 19 200 and
 * 9 600 in turn, ~300 ms each. Null when nothing answers or the port cannot be opened.
 * Opens and closes the port; never call it on a port another program is using.
 */
export async function probeSam(
  path: string,
  open: TransportOpener = openReaderPort,
): Promise<SamProbeResult | null> {
  try {
    const { reader, samId } = await connectSam({
      port: path,
      baudRate: 115200,
      autoBaud: true,
      startupWindowMs: 0,
      open,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      cancelled: () => false,
    });
    const result = { baudRate: reader.baudRate, samId };
    await reader.close();
    return result;
  } catch {
    return null;
  }
}
