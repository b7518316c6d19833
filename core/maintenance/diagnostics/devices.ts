import { existsSync } from "node:fs";
import { detail, type Diagnostic, text, verdictOf } from "./types";

/** A configured port that is not the simulator and whose device file is gone. */
function missing(port: string): boolean {
  if (port === "sim" || /^COM\d+$/i.test(port)) return false;
  return !existsSync(port.replace(/^hid:/, ""));
}

/**
 * The serial ports and HID devices the OS lists (the menu refreshes it while open, so a plugged
 * or unplugged device shows within seconds), and whether the configured ports are among them.
 */
export const devicesDiagnostic: Diagnostic = {
  id: "devices",
  label: text("串口和USB设备", "serial and USB devices"),
  hint: text("列出本机能看到的串口和HID设备", "lists the serial ports and HID devices this machine sees"),
  async run({ listPorts, reader, printer }) {
    const ports = await listPorts();
    const readerPort = reader.status().port;
    const printerPort = printer.status().connection === "sim" ? "sim" : printer.status().port;
    const readerMissing = missing(readerPort);
    const printerMissing = missing(printerPort);
    const lines = ports.map(
      (p) =>
        `${p.kind === "hid" ? "HID" : "串口 serial"}  ${p.path}${p.usbId ? `  ${p.usbId}` : ""}${p.description ? `  ${p.description}` : ""}`,
    );
    const summary =
      readerMissing || printerMissing
        ? text(
            `找不到设置的端口：${[readerMissing ? `读卡器 ${readerPort}` : "", printerMissing ? `打印机 ${printerPort}` : ""].filter(Boolean).join("，")}；请检查连线或重新选择端口`,
            `a configured port is missing (${[readerMissing ? `reader ${readerPort}` : "", printerMissing ? `printer ${printerPort}` : ""].filter(Boolean).join(", ")}): check the cable or choose the port again`,
          )
        : ports.length === 0
          ? text(
              "本机没有看到任何串口或HID设备（只用模拟设备时正常）",
              "no serial ports or HID devices found (normal with simulators only)",
            )
          : text(`看到 ${ports.length} 个设备`, `${ports.length} devices found`);
    return {
      verdict: verdictOf(readerMissing || printerMissing, ports.length === 0),
      summary,
      details: [
        detail("设备数量", "devices", ports.length),
        detail("读卡器端口", "reader port", readerPort),
        detail("打印机端口", "printer port", printerPort),
      ],
      lines,
    };
  },
};
