import type { Device as HidDevice } from "node-hid";
import { SerialPort } from "serialport";
import * as z from "zod";
import { formatUsbId } from "./hid-adapter";
import { adapterFor } from "./hid";

/** One device a reader or printer might be attached through. */
export interface DeviceCandidate {
  /** "serial" ports carry raw frames; "hid" devices need a vendor adapter. */
  kind: "serial" | "hid";
  /** What to pass as the port: /dev/ttyUSB0, COM3, /dev/hidraw2, … */
  path: string;
  /** `VID:PID` in upper-case hex, when the OS knows it (USB devices). */
  usbId?: string;
  manufacturer?: string;
  product?: string;
  /** A reader family we recognise by its USB ID, e.g. "Miaxis MR-300/MR-860". */
  knownModel?: string;
}

/** What SerialPort.list reports for one port, as far as the probe uses it. */
export interface SerialPortInfo {
  path: string;
  vendorId?: string | undefined;
  productId?: string | undefined;
  manufacturer?: string | undefined;
}

// Why zod here: @serialport/bindings-interface publishes no types for ESM resolution, so the
// list arrives untyped; it is a boundary like any other.
const SerialPortList = z.array(
  z.object({
    path: z.string(),
    vendorId: z.string().optional(),
    productId: z.string().optional(),
    manufacturer: z.string().optional(),
  }),
);

async function listSerialPorts(): Promise<SerialPortInfo[]> {
  const list: () => Promise<unknown> = SerialPort.list;
  return SerialPortList.parse(await list());
}

/** The enumeration functions the probe calls; injectable so tests can run without devices. */
export interface ProbeSources {
  /** Default `SerialPort.list`. */
  listSerial?: () => Promise<
    { path: string; vendorId?: string; productId?: string; manufacturer?: string }[]
  >;
  /** Default `HID.devicesAsync`. */
  listHid?: () => Promise<HidDevice[]>;
}

/** USB IDs of readers that are not HID (bulk class), recognised so the list can say what they are. */
const KNOWN_NON_HID: Readonly<Record<string, string>> = {
  "0400:C35A": "精伦 iDR310 (USB bulk, not supported yet)",
  "0483:572B": "DK DK26ME/DK200ZK (HID, adapter not written yet)",
};

/**
 * Lists serial ports and HID devices with their VID:PID, marking reader families we know
 * (enumerate before guessing). Never opens a device. An enumeration
 * that fails (no hidraw on this machine, say) contributes nothing rather than failing the list.
 */
export async function listCandidates(sources: ProbeSources = {}): Promise<DeviceCandidate[]> {
  const listSerial = sources.listSerial ?? listSerialPorts;
  // node-hid is loaded on first use, and a machine where it cannot load simply lists no HID devices.
  const listHid = sources.listHid ?? (async () => (await import("node-hid")).devicesAsync());
  const [serial, hid] = await Promise.all([
    listSerial().catch((): SerialPortInfo[] => []),
    listHid().catch((): HidDevice[] => []),
  ]);
  const out: DeviceCandidate[] = [];
  for (const port of serial) {
    const candidate: DeviceCandidate = { kind: "serial", path: port.path };
    if (port.vendorId !== undefined && port.productId !== undefined) {
      candidate.usbId = `${port.vendorId}:${port.productId}`.toUpperCase();
    }
    if (port.manufacturer !== undefined) candidate.manufacturer = port.manufacturer;
    out.push(candidate);
  }
  for (const device of hid) {
    if (device.path === undefined) continue;
    const usbId = formatUsbId(device);
    const candidate: DeviceCandidate = { kind: "hid", path: device.path, usbId };
    if (device.manufacturer !== undefined) candidate.manufacturer = device.manufacturer;
    if (device.product !== undefined) candidate.product = device.product;
    const model = adapterFor(device.vendorId, device.productId)?.name ?? KNOWN_NON_HID[usbId];
    if (model !== undefined) candidate.knownModel = model;
    out.push(candidate);
  }
  return out;
}
