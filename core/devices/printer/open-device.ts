import { openSerial } from "../../../drivers/transport/serial";
import type { ByteTransport } from "../../../drivers/transport/types";
import { openUsbLp } from "../../../drivers/transport/usblp";
import type { FlowControl } from "./options";

/** The default opener: the USB printer class for /dev/usb/lp*, a serial port for everything else. */
export function openPrinterDevice(
  path: string,
  options: { baudRate: number; flowControl: FlowControl },
): Promise<ByteTransport> {
  if (/^\/dev\/usb\/lp\d+$/.test(path)) return openUsbLp({ path });
  return openSerial({
    path,
    baudRate: options.baudRate,
    rtscts: options.flowControl === "rtscts",
    xon: options.flowControl === "xonxoff",
  });
}
