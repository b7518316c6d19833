import { describe, expect, it } from "vitest";
import { encodeDocument } from "../../printer/encoder";
import { EscPosPrinter } from "../../printer/printer";
import { memoryPair } from "../../transport/memory";
import { ticketText } from "./ticket";
import { VirtualPrinter } from "./virtual-printer";

function rig(options: ConstructorParameters<typeof VirtualPrinter>[0] = {}) {
  const [host, device] = memoryPair("printer");
  const sim = new VirtualPrinter({ baudRate: 0, ...options });
  sim.attach(device);
  const printer = new EscPosPrinter(host, { queryTimeoutMs: 300, jobTimeoutMs: 2000 });
  return { sim, printer, host };
}

const ticketDoc = {
  blocks: [
    {
      kind: "text" as const,
      text: "A023",
      align: "center" as const,
      bold: true,
      size: { width: 2, height: 2 },
    },
    { kind: "text" as const, text: "福州市民服务中心 𠀀" },
    { kind: "qr" as const, payload: "福州 A023" },
    { kind: "barcode" as const, data: "A0231127" },
    { kind: "image" as const, width: 8, height: 1, bits: Uint8Array.of(0xaa) },
  ],
};

describe("virtual printer: decode back what the encoder sent", () => {
  it("prints Chinese text, the QR payload, the barcode and cuts with feed", async () => {
    const { sim, printer } = rig();
    await printer.open();
    const result = await printer.print(encodeDocument(ticketDoc));
    expect(result).toEqual({ ok: true, confirmedBy: "gs-r" });
    const [ticket] = sim.recentTickets();
    expect(ticket).toBeDefined();
    expect(ticket!.cut).toBe("partial");
    expect(ticket!.fedBeforeCut).toBe(true);
    expect(ticket!.chineseModeThroughout).toBe(true);
    expect(ticket!.unknownCommands).toEqual([]);
    expect(ticket!.lines[0]).toEqual({
      kind: "text",
      text: "A023",
      align: "center",
      bold: true,
      width: 2,
      height: 2,
    });
    expect(ticket!.lines[1]).toMatchObject({
      kind: "text",
      text: "福州市民服务中心 𠀀",
      bold: false,
      width: 1,
    });
    expect(ticket!.lines[2]).toMatchObject({
      kind: "qr",
      payload: "福州 A023",
      moduleSize: 6,
      errorCorrection: "M",
      align: "center",
    });
    expect(ticket!.lines[3]).toMatchObject({ kind: "text", text: "" }); // LF after the QR: its quiet zone
    expect(ticket!.lines[4]).toMatchObject({ kind: "barcode", symbology: "code128", data: "A0231127" });
    expect(ticket!.lines[5]).toMatchObject({ kind: "image", widthDots: 8, heightDots: 1 });
    expect(ticketText(ticket!)).toContain("[QR 福州 A023]");
  });

  it("decodes a job delivered one byte at a time", async () => {
    const [host, device] = memoryPair();
    const sim = new VirtualPrinter({ baudRate: 0 });
    sim.attach(device);
    const bytes = Buffer.concat(encodeDocument(ticketDoc).commands);
    for (const byte of bytes) await host.write(Uint8Array.of(byte));
    await new Promise((r) => setTimeout(r, 20));
    expect(sim.recentTickets()[0]?.lines[1]).toMatchObject({ text: "福州市民服务中心 𠀀" });
  });

  it("confirms a process-ID marker with its own ID", async () => {
    const { printer } = rig();
    await printer.open();
    const result = await printer.print(
      encodeDocument(ticketDoc, { completion: { kind: "process-id", id: "K042" } }),
    );
    expect(result).toEqual({ ok: true, confirmedBy: "process-id" });
  });
});

describe("EscPosPrinter against the virtual printer", () => {
  it.each([
    ["ok", { online: true, paper: "ok", coverOpen: false, error: null }],
    ["near-end", { online: true, paper: "near-end", coverOpen: false, error: null }],
    ["out", { online: false, paper: "out", coverOpen: false, error: null }],
  ] as const)("reports paper %s", async (paper, expected) => {
    const { sim, printer } = rig();
    sim.setPaper(paper);
    expect(await printer.queryStatus()).toEqual(expected);
  });

  it("reports the cover open and an error", async () => {
    const { sim, printer } = rig();
    sim.setCoverOpen(true);
    expect(await printer.queryStatus()).toMatchObject({ online: false, coverOpen: true });
    sim.setCoverOpen(false);
    sim.setError("autocutter");
    expect(await printer.queryStatus()).toMatchObject({ online: false, error: "autocutter" });
  });

  it("recovers from a recoverable error with DLE ENQ", async () => {
    const { sim, printer } = rig();
    sim.setError("auto-recoverable");
    expect((await printer.open()).error).toBe("auto-recoverable");
    expect(await printer.queryStatus()).toMatchObject({ online: true, error: null });
  });

  it("follows ASB: status changes arrive without a query", async () => {
    const { sim, printer } = rig();
    await printer.open();
    const seen: string[] = [];
    printer.onStatus((s) => seen.push(`${s.paper}/${s.coverOpen}`));
    sim.setPaper("near-end");
    sim.setCoverOpen(true);
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(["near-end/false", "near-end/true"]);
  });

  it("refuses to send a job while the paper is out, and does not print it later", async () => {
    const { sim, printer } = rig();
    await printer.open();
    sim.setPaper("out");
    expect(await printer.print(encodeDocument(ticketDoc))).toMatchObject({ ok: false, reason: "paper-out" });
    sim.setPaper("ok");
    await new Promise((r) => setTimeout(r, 10));
    expect(sim.recentTickets()).toEqual([]);
  });

  it("paper running out mid-job reports paper-out, never success, and clears the rest", async () => {
    const { sim, printer } = rig();
    await printer.open();
    sim.setPaperRemaining(1);
    const result = await printer.print(encodeDocument(ticketDoc));
    expect(result).toMatchObject({ ok: false, reason: "paper-out" });
    sim.setPaper("ok");
    await new Promise((r) => setTimeout(r, 20));
    expect(sim.recentTickets()).toEqual([]);
  });

  it("resumes a job when the cause clears within the resume window", async () => {
    const [host, device] = memoryPair();
    const sim = new VirtualPrinter({ baudRate: 0 });
    sim.attach(device);
    const printer = new EscPosPrinter(host, { resumeWithinMs: 5000, jobTimeoutMs: 5000 });
    await printer.open();
    sim.setPaperRemaining(2);
    const off = printer.onStatus((s) => {
      if (s.paper === "out") setTimeout(() => sim.setPaper("ok"), 30);
    });
    const result = await printer.print(encodeDocument(ticketDoc));
    off();
    expect(result).toEqual({ ok: true, confirmedBy: "gs-r" });
    expect(sim.recentTickets()).toHaveLength(1);
  });

  it("cover opened mid-job (slow printing) reports cover-open", async () => {
    const { sim, printer } = rig({ printSpeedMmPerS: 20 });
    await printer.open();
    const job = printer.print(encodeDocument(ticketDoc));
    setTimeout(() => sim.setCoverOpen(true), 50);
    expect(await job).toMatchObject({ ok: false, reason: "cover-open" });
  });

  it("a disconnect mid-job reports offline", async () => {
    const { sim, printer } = rig({ printSpeedMmPerS: 20 });
    await printer.open();
    const job = printer.print(encodeDocument(ticketDoc));
    setTimeout(() => void sim.disconnect(), 50);
    expect(await job).toMatchObject({ ok: false, reason: "offline" });
    expect(printer.status?.online).toBe(false);
  });

  it("a silent printer times out and is reported offline", async () => {
    const [host] = memoryPair();
    const printer = new EscPosPrinter(host, { queryTimeoutMs: 50 });
    await expect(printer.queryStatus()).rejects.toThrow(/DLE EOT 1/);
    expect(printer.status?.online).toBe(false);
    expect(await printer.print(encodeDocument(ticketDoc))).toMatchObject({ ok: false, reason: "offline" });
  });
});

describe("HTML preview", () => {
  it("shows the text escaped, the QR as SVG and the cut", async () => {
    const { ticketHtml } = await import("./html-preview");
    const { sim, printer } = rig();
    await printer.open();
    await printer.print(
      encodeDocument({
        blocks: [
          { kind: "text", text: "<福州>" },
          { kind: "qr", payload: "https://x.test/A023" },
        ],
      }),
    );
    const html = ticketHtml(sim.recentTickets()[0]!);
    expect(html).toContain("&lt;福州&gt;");
    expect(html).toContain("<svg");
    expect(html).toContain("partial cut");
  });
});

describe("opening a printer a previous host left mid-command", () => {
  it("flushes the unfinished command with NULs and then answers normally", async () => {
    const [host, device] = memoryPair();
    const sim = new VirtualPrinter({ baudRate: 0 });
    sim.attach(device);
    // The previous host died after the header of a QR store announcing 0x0120 bytes of payload.
    await host.write(Uint8Array.of(0x1d, 0x28, 0x6b, 0x20, 0x01, 0x31, 0x50, 0x30, 0x41, 0x42));
    const printer = new EscPosPrinter(host, { queryTimeoutMs: 100 });
    expect(await printer.open()).toMatchObject({ online: true, paper: "ok" });
    expect(await printer.print(encodeDocument({ blocks: [{ kind: "text", text: "福州" }] }))).toMatchObject({
      ok: true,
    });
    const ticket = sim.recentTickets()[0]!;
    expect(ticket.lines.at(-1)).toMatchObject({ kind: "text", text: "福州" });
    expect(ticket.unknownCommands).toEqual([]);
  });
});
