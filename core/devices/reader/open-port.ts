import { openHid } from "../../../drivers/transport/hid";
import { openSerial } from "../../../drivers/transport/serial";
import type { TransportOpener } from "./options";

/**
 * The default opener: `hid:/dev/hidraw3` opens a HID reader through its vendor adapter (chosen
 * by VID:PID; the rate does not apply); anything else is a serial port at the given rate.
 */
export const openReaderPort: TransportOpener = (path, baudRate) =>
  path.startsWith("hid:") ? openHid({ path: path.slice(4) }) : openSerial({ path, baudRate });
