import ReceiptPrinterEncoder from "@point-of-sale/receipt-printer-encoder";
import { PrinterService } from "../../core/devices/printer/printer-service";
import type { PrintDocument } from "../../drivers/printer/document";
import { encodeDocument } from "../../drivers/printer/encoder";
import { VirtualPrinter } from "../../drivers/sim/printer/virtual-printer";
import { openPtyPair } from "../../drivers/sim/pty";
import { openSerial } from "../../drivers/transport/serial";
import { buildLayout } from "../../kiosk-config/layouts/index";
import { layoutSamples } from "../../kiosk-config/layouts/samples";
import type { Benchmark, Figure } from "./types";

const BAUD = 115200;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/**
 * A Latin-only ticket both encoders can print (the peer cannot encode Chinese:
 * drivers/printer/README.md, "Why an own encoder").
 */
const latinRows = Array.from({ length: 8 }, (_, i) => [`Item ${i + 1}`, (i * 3.7 + 1).toFixed(2)]);
const latinTicket: PrintDocument = {
  blocks: [
    {
      kind: "text",
      text: "E-FUZHOU SERVICE CENTRE",
      align: "center",
      bold: true,
      size: { width: 2, height: 2 },
    },
    { kind: "text", text: "Queue ticket", align: "center" },
    { kind: "text", text: "A023", align: "center", bold: true, size: { width: 3, height: 3 } },
    {
      kind: "text",
      text: "5 people waiting ahead of you. Please wait for your number to be called.",
      align: "left",
    },
    ...latinRows.map(([a = "", b = ""]) => ({
      kind: "columns" as const,
      cells: [{ text: a }, { text: b, align: "right" as const }],
    })),
    { kind: "qr", payload: "https://q.efuzhou.test/t/A023" },
    { kind: "barcode", data: "A0231127" },
  ],
};

function encodePeer(): Uint8Array {
  const encoder = new ReceiptPrinterEncoder({ columns: 48, feedBeforeCut: 4 });
  encoder
    .initialize()
    .align("center")
    .bold(true)
    .size(2, 2)
    .line("E-FUZHOU SERVICE CENTRE")
    .size(1, 1)
    .bold(false);
  encoder.line("Queue ticket").bold(true).size(3, 3).line("A023").size(1, 1).bold(false).align("left");
  encoder.line("5 people waiting ahead of you. Please wait for your number to be called.");
  encoder.table(
    [
      { width: 24, align: "left" },
      { width: 23, marginLeft: 1, align: "right" },
    ],
    latinRows,
  );
  encoder
    .align("center")
    .qrcode("https://q.efuzhou.test/t/A023", 2, 6, "m")
    .barcode("A0231127", "code128", 80);
  return encoder.cut("partial").encode();
}

function timePerCall(fn: () => unknown, iterations: number): number {
  for (let i = 0; i < 200; i++) fn(); // warm-up: JIT and iconv tables
  const samples: number[] = [];
  for (let round = 0; round < 7; round++) {
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) fn();
    samples.push(((performance.now() - t0) * 1000) / iterations);
  }
  return median(samples);
}

function encoding(): Promise<Figure[]> {
  const ours = timePerCall(() => encodeDocument(latinTicket), 1000);
  const peer = timePerCall(() => encodePeer(), 1000);
  return Promise.resolve([
    {
      name: "encode a Latin-only ticket (layout + ESC/POS bytes)",
      value: ours,
      unit: "µs/ticket",
      peer: { name: "@point-of-sale/receipt-printer-encoder 4", value: peer },
    },
    {
      name: "encoded size, ours",
      value: encodeDocument(latinTicket).byteLength,
      unit: "bytes",
      peer: { name: "peer", value: encodePeer().length },
    },
  ]);
}

async function completion(): Promise<Figure[]> {
  const pty = await openPtyPair({ name: "bench-printer" });
  const sim = new VirtualPrinter({ baudRate: BAUD });
  sim.attach(await openSerial({ path: pty.simPath, baudRate: BAUD }));
  const service = new PrinterService({ port: pty.devicePath, baudRate: BAUD, statusPollMs: 60_000 });
  try {
    await service.start();
    const data = layoutSamples["submission-receipt"];
    const bytes = encodeDocument(buildLayout("submission-receipt", data)).byteLength;
    const floor = (bytes * 10 * 1000) / BAUD;
    await service.print("submission-receipt", data); // warm-up
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      const result = await service.print("submission-receipt", data);
      if (!result.ok) throw new Error(`print failed: ${result.reason}`);
      times.push(performance.now() - t0);
    }
    const value = median(times);
    return [
      {
        name: `print request → confirmed completion, ${bytes}-byte receipt, ${BAUD} baud pty (median of 15)`,
        value,
        unit: "ms",
        peer: { name: "wire-time floor (10 bits/byte)", value: floor },
        goal: "≤ 1.2 × floor",
        meetsGoal: value <= 1.2 * floor,
      },
    ];
  } finally {
    await service.stop();
    await sim.disconnect();
    await pty.close();
  }
}

export const benchmarks: Benchmark[] = [
  { group: "printer encoding", run: encoding },
  { group: "printer completion", run: completion },
];
