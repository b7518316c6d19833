import { statSync } from "node:fs";
import {
  DEVICE_BAUD_RATES,
  DeviceChoice,
  type LocalConfigLayer,
} from "../../kiosk-config/config/local-layer";
import type { DeviceKind, DeviceSettings, MaintenanceResult } from "../api";
import type { PrinterService } from "../devices/printer/printer-service";
import type { CardReaderService } from "../devices/reader/card-reader-service";
import type { MaintenanceTools } from "./tools";

/**
 * Only a character device (a serial port, hidraw, usblp, a pty standing in for one) may be saved:
 * a technician's typo, or anyone holding the token, cannot point a driver at an ordinary file.
 */
function isDevice(port: string): boolean {
  if (port === "sim" || /^COM\d+$/.test(port)) return true;
  try {
    return statSync(port.replace(/^hid:/, "")).isCharacterDevice();
  } catch {
    return false;
  }
}

const NAME = { reader: { zh: "读卡器", en: "reader" }, printer: { zh: "打印机", en: "printer" } } as const;

/**
 * The technician's choice of port and rate for the reader and the printer: validated by the
 * kiosk-config schema, saved as the local layer (kept across restarts), written to the audit
 * trail, then applied by reopening the device.
 */
export class DeviceChoices {
  constructor(
    private readonly parts: {
      reader: CardReaderService;
      printer: PrinterService;
      tools: MaintenanceTools;
      audit: (code: string, detail?: Record<string, unknown>) => void;
    },
  ) {}

  current(): Omit<DeviceSettings, "ports"> {
    const layer = this.parts.tools.localLayer.load();
    const defaults = this.parts.tools.deviceDefaults;
    return {
      reader: layer.reader ?? defaults.reader,
      printer: layer.printer ?? defaults.printer,
      source: { reader: layer.reader ? "local" : "env", printer: layer.printer ? "local" : "env" },
      baudRates: [...DEVICE_BAUD_RATES],
    };
  }

  async choose(device: DeviceKind, port: string, baudRate: number): Promise<MaintenanceResult> {
    const name = NAME[device];
    const parsed = DeviceChoice.safeParse({ port, baudRate });
    if (!parsed.success) {
      const why = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      this.parts.audit("device-port-refused", { device, port, baudRate, why });
      return {
        ok: false,
        message: {
          "zh-CN": `${name.zh}的端口或波特率不对，没有保存（${why}）`,
          en: `the ${name.en}'s port or baud rate is not valid; nothing saved (${why})`,
        },
      };
    }
    if (!isDevice(parsed.data.port)) {
      this.parts.audit("device-port-refused", { device, port, baudRate, why: "not a device" });
      return {
        ok: false,
        message: {
          "zh-CN": `${parsed.data.port} 不是本机的设备，没有保存：请从列表里选端口`,
          en: `${parsed.data.port} is not a device on this machine; nothing saved: pick a port from the list`,
        },
      };
    }
    const before = this.current()[device];
    const layer: LocalConfigLayer = { ...this.parts.tools.localLayer.load(), [device]: parsed.data };
    this.parts.tools.localLayer.save(layer);
    this.parts.audit("device-port", { device, from: before, to: parsed.data });
    if (device === "reader") await this.parts.reader.reopen(parsed.data);
    else await this.parts.printer.reopen(parsed.data);
    return {
      ok: true,
      message: {
        "zh-CN": `已保存，${name.zh}正在用 ${parsed.data.port}（${parsed.data.baudRate}）重新连接`,
        en: `saved; the ${name.en} is reconnecting on ${parsed.data.port} at ${parsed.data.baudRate}`,
      },
      details: { port: parsed.data.port, baudRate: parsed.data.baudRate },
    };
  }
}
