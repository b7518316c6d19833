import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { encodeReply, encodeRequest, fromHex, toHex } from "../idcard/frame";
import { goldenResidentReply } from "../idcard/golden.fixture";
import { SamReader } from "../idcard/sam-reader";
import { parseTextBlock } from "../idcard/text-block";
import { adapterFor, type HidDeviceLike, HidTransport } from "./hid";
import { formatUsbId, sum16 } from "./hid-adapter";
import { miaxisAdapter, miaxisResponseReports } from "./hid-miaxis";

describe("Miaxis wrapper", () => {
  it("wraps find exactly as the vendor driver does", () => {
    const [report, ...rest] = miaxisAdapter.wrap(encodeRequest(0x20, 0x01));
    expect(rest).toEqual([]);
    const expected = new Uint8Array(64);
    expected.set(fromHex("88 00 00 0B 00 B1 AA AA AA 96 69 00 03 20 01 22 FF 03"));
    expect(toHex(report!)).toBe(toHex(expected));
  });

  it("splits a 1 295-byte reply into 24 reports of ≤ 54 SAM bytes and joins them back", () => {
    const golden = goldenResidentReply();
    const reports = miaxisResponseReports(golden);
    expect(reports).toHaveLength(24);
    const joined = reports.flatMap((r) => [...(miaxisAdapter.unwrap(r) ?? [])]);
    expect(Uint8Array.from(joined)).toEqual(golden);
  });

  it("ignores reports with a wrong flag, length or checksum", () => {
    const [good] = miaxisResponseReports(encodeReply({ sw3: 0x90 }));
    expect(miaxisAdapter.unwrap(good!)).toEqual(encodeReply({ sw3: 0x90 }));
    const badSum = good!.slice();
    badSum[8] = badSum[8]! ^ 0xff;
    expect(miaxisAdapter.unwrap(badSum)).toBeNull();
    const badFlag = good!.slice();
    badFlag[0] = 0x88;
    expect(miaxisAdapter.unwrap(badFlag)).toBeNull();
    const badLen = good!.slice();
    badLen[3] = 60;
    expect(miaxisAdapter.unwrap(badLen)).toBeNull();
    expect(miaxisAdapter.unwrap(new Uint8Array(3))).toBeNull();
  });

  it("refuses a frame too long for one report", () => {
    expect(() => miaxisAdapter.wrap(new Uint8Array(57))).toThrow(RangeError);
  });

  it("sums little-endian 16-bit, wrapping", () => {
    expect(sum16(Uint8Array.from([0xff, 0xff, 0x02]), 0, 3)).toBe(0x0200);
    expect(sum16(new Uint8Array(300).fill(0xff), 0, 300)).toBe((300 * 0xff) & 0xffff);
  });

  it("is chosen by VID:PID", () => {
    expect(adapterFor(0x10c4, 0x0007)).toBe(miaxisAdapter);
    expect(adapterFor(0x203b, 0x0101)).toBe(miaxisAdapter);
    expect(adapterFor(0x0483, 0x572b)).toBeNull();
    expect(formatUsbId({ vendorId: 0x10c4, productId: 7 })).toBe("10C4:0007");
  });
});

/** A stand-in for a node-hid device: what cannot be reached in CI is the USB device itself. */
class FakeMiaxis extends EventEmitter implements HidDeviceLike {
  readonly written: number[][] = [];
  closed = false;

  write(values: number[] | Buffer): Promise<number> {
    const bytes = [...values];
    this.written.push(bytes);
    // Answer like the reader: unwrap the SAM frame, reply in 54-byte pieces.
    const frame = Uint8Array.from(bytes.slice(7, 7 + (bytes[4] ?? 0) - 1));
    const reply =
      frame[7] === 0x30 ? goldenResidentReply() : encodeReply({ sw3: 0x9f, data: new Uint8Array(4) });
    setImmediate(() => {
      for (const report of miaxisResponseReports(reply)) this.emit("data", Buffer.from(report));
    });
    return Promise.resolve(bytes.length);
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
}

describe("HidTransport", () => {
  it("carries SAM commands through the adapter, report ID first", async () => {
    const device = new FakeMiaxis();
    const transport = new HidTransport(device, miaxisAdapter, "fake miaxis");
    const reader = new SamReader(transport);
    expect(await reader.find()).toBe(true);
    expect(device.written[0]).toHaveLength(65);
    expect(device.written[0]![0]).toBe(0x00);
    expect(device.written[0]![1]).toBe(0x88);
    const read = await reader.readBase();
    expect(parseTextBlock(read.text).idNumber).toBe("350102199001010016");
    await reader.close();
    expect(device.closed).toBe(true);
    expect(transport.isOpen).toBe(false);
  });

  it("closes on a device error", () => {
    const device = new FakeMiaxis();
    const transport = new HidTransport(device, miaxisAdapter, "fake miaxis");
    let closedWith: Error | null = null;
    transport.onClose((e) => {
      closedWith = e;
    });
    device.emit("error", new Error("could not read from HID device"));
    expect(transport.isOpen).toBe(false);
    expect(closedWith).toBeInstanceOf(Error);
  });
});
