import { afterEach, describe, expect, it } from "vitest";
import { memoryPair } from "../transport/memory";
import type { ByteTransport } from "../transport/types";
import { generateCard } from "../sim/identities/cards";
import { seededRng } from "../sim/identities/rng";
import { ReaderSimulator } from "../sim/reader/simulator";
import { ReaderDisconnectedError, SamChecksumError, SamProtocolError, SamTimeoutError } from "./errors";
import { encodeReply, requestFromBody, type SamRequest } from "./frame";
import { FrameDecoder } from "./frame-decoder";
import { SamReader } from "./sam-reader";
import { SamStatusError } from "./status";
import { parseTextBlock } from "./text-block";

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0)) await fn();
});

/** A reader wired to a fast simulator over an in-memory pair. */
function withSimulator(options: { processingDelayMs?: number } = {}): {
  reader: SamReader;
  sim: ReaderSimulator;
} {
  const [host, device] = memoryPair("sam");
  const sim = new ReaderSimulator({
    seed: 7,
    processingDelayMs: options.processingDelayMs ?? 0,
    baudRate: 2_000_000,
  });
  sim.attach(device);
  const reader = new SamReader(host);
  cleanup.push(() => reader.close());
  return { reader, sim };
}

const withScriptDevice = new WeakMap<SamReader, ByteTransport>();

/** A reader wired to a scripted device that answers each request with whatever `reply` returns. */
function withScript(reply: (request: SamRequest, index: number) => Uint8Array | null): SamReader {
  const [host, device] = memoryPair("script");
  const decoder = new FrameDecoder({ minLen: 3 });
  let index = 0;
  device.onData((bytes) => {
    for (const e of decoder.push(bytes)) {
      if (e.kind !== "frame") continue;
      const out = reply(requestFromBody(e.body)!, index++);
      if (out !== null) void device.write(out);
    }
  });
  const reader = new SamReader(host, { timeoutsMs: { status: 200, find: 200 } });
  withScriptDevice.set(reader, device);
  cleanup.push(() => reader.close());
  return reader;
}

describe("SamReader against the simulator", () => {
  it("checks status, resets, and reads the SAM ID string with 10-digit padding", async () => {
    const { reader } = withSimulator();
    await reader.status();
    await reader.reset();
    await reader.setMaxRfBytes(0x50);
    expect((await reader.samId()).text).toBe("05.02-20150601-0000001234-0987654321");
  });

  it("finds nothing without a card, then finds, selects and reads a placed card", async () => {
    const { reader, sim } = withSimulator();
    expect(await reader.find()).toBe(false);
    const card = sim.placeCard("resident");
    expect(await reader.find()).toBe(true);
    await reader.select();
    const read = await reader.readBase();
    expect(parseTextBlock(read.text)).toEqual(card.record);
    expect(read.photo.bytes).toEqual(card.photo);
    expect(read.fingerprintBytes).toBe(0);
  });

  it.each([0, 512, 1024] as const)("reads 30 10 with %i fingerprint bytes and drops them", async (fp) => {
    const { reader, sim } = withSimulator();
    const card = sim.placeCard(generateCard(seededRng(fp), "hmt-permit", { fingerprintBytes: fp }));
    expect(await reader.find()).toBe(true);
    await reader.select();
    const read = await reader.readWithFingerprint();
    expect(read.fingerprintBytes).toBe(fp);
    expect(parseTextBlock(read.text)).toEqual(card.record);
    expect(Object.keys(read)).not.toContain("fingerprint");
  });

  it("reads appended addresses (91 → none) and management info", async () => {
    const { reader, sim } = withSimulator();
    sim.placeCard("resident");
    await reader.find();
    await reader.select();
    expect(await reader.newestAddress()).toEqual([]);
    sim.placeCard(
      generateCard(seededRng(1), "resident", {
        appendedAddresses: ["福建省福州市晋安区测试路8号", "福建省福州市马尾区样例街9号"],
      }),
    );
    await reader.find();
    await reader.select();
    await reader.readBase();
    expect(await reader.newestAddress()).toEqual([
      "福建省福州市晋安区测试路8号",
      "福建省福州市马尾区样例街9号",
    ]);
    expect((await reader.managementInfo()).text).toBe("TEST0000000001");
  });

  it("turns 41 during a read into a SamStatusError asking to re-place the card", async () => {
    const { reader, sim } = withSimulator();
    sim.placeCard();
    await reader.find();
    await reader.select();
    sim.injectFault("read-failed");
    const error = await reader.readBase().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SamStatusError);
    expect(error).toMatchObject({ code: "sam-status-41", sw3: 0x41 });
    expect((error as SamStatusError).zh).toContain("重新放置");
  });

  it("reports a failed self-test as SW3 60", async () => {
    const { reader, sim } = withSimulator();
    sim.injectFault("sam-failure");
    await expect(reader.status()).rejects.toMatchObject({ code: "sam-status-60", sw3: 0x60 });
    await reader.status();
  });

  it("survives junk and fragmented delivery of a full read", async () => {
    const { reader, sim } = withSimulator();
    const card = sim.placeCard("foreign-2023");
    sim.injectFault("junk", 3);
    sim.injectFault("fragmented", 3);
    expect(await reader.find()).toBe(true);
    await reader.select();
    expect(parseTextBlock((await reader.readBase()).text)).toEqual(card.record);
  });

  it("fails fast with a checksum error when the reply is corrupt", async () => {
    const { reader, sim } = withSimulator();
    sim.placeCard();
    await reader.find();
    await reader.select();
    sim.injectFault("bad-checksum");
    await expect(reader.readBase()).rejects.toBeInstanceOf(SamChecksumError);
    await reader.find();
    await reader.select();
    await reader.readBase();
  });

  it("queues concurrent commands: one in flight at a time", async () => {
    const { reader, sim } = withSimulator({ processingDelayMs: 5 });
    sim.placeCard();
    const results = await Promise.all([reader.status(), reader.find(), reader.select(), reader.readBase()]);
    expect(results[1]).toBe(true);
    expect(sim.state().commandsServed).toBe(4);
  });

  it("sets the UART rate: reply at the old rate, then reopens at the new one", async () => {
    const [host, device] = memoryPair("rate");
    const sim = new ReaderSimulator({ processingDelayMs: 0 });
    sim.attach(device);
    const reopened: number[] = [];
    const reader = new SamReader(host, {
      reopen: (rate) => {
        reopened.push(rate);
        const [h, d] = memoryPair("rate-2");
        sim.attach(d);
        return Promise.resolve(h);
      },
    });
    cleanup.push(() => reader.close());
    await reader.setBaudRate(9600);
    expect(reopened).toEqual([9600]);
    expect(reader.baudRate).toBe(9600);
    expect(host.isOpen).toBe(false);
    await sim.idle();
    expect(sim.state().baudRate).toBe(9600);
    await reader.status();
    await expect(reader.setBaudRate(1200)).rejects.toThrow(/baud rate must be one of/);
  });

  it("rejects with a disconnect error when the device goes away", async () => {
    const { reader, sim } = withSimulator({ processingDelayMs: 50 });
    const pending = reader.status();
    sim.injectFault("disconnect");
    await expect(pending).rejects.toBeInstanceOf(ReaderDisconnectedError);
    await expect(reader.find()).rejects.toMatchObject({ code: "disconnected" });
  });
});

describe("SamReader against scripted replies", () => {
  const table = [
    0x10, 0x11, 0x21, 0x23, 0x24, 0x31, 0x32, 0x33, 0x37, 0x3f, 0x40, 0x41, 0x47, 0x60, 0x66, 0x80, 0x81,
    0x91, 0x9f,
  ];
  it.each(table)("SW3 %i on status is a typed error with both messages", async (sw3) => {
    const reader = withScript(() => encodeReply({ sw3, sw1: 0x6a, sw2: 0x82 }));
    const error = (await reader.status().catch((e: unknown) => e)) as SamStatusError;
    expect(error).toBeInstanceOf(SamStatusError);
    expect(error.sw3).toBe(sw3);
    expect(error.known).toBe(true);
    expect(error.sw12).toEqual([0x6a, 0x82]);
    expect(error.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(error.en).toMatch(/[a-z]/);
  });

  it("keeps an unlisted SW3 raw as a device error", async () => {
    const reader = withScript(() => encodeReply({ sw3: 0x55 }));
    await expect(reader.status()).rejects.toMatchObject({ code: "sam-status-55", known: false });
  });

  it("times out when nothing answers, and drops the late reply that follows", async () => {
    let lateSent!: Promise<void>;
    const reader = withScript((_request, i) => {
      if (i > 0) return encodeReply({ sw3: 0x9f, data: new Uint8Array(4) });
      // The first find is answered only after its 200 ms timeout: nothing is in flight then.
      lateSent = new Promise((resolve) => setTimeout(resolve, 300));
      return null;
    });
    const late = withScriptDevice.get(reader);
    await expect(reader.find()).rejects.toBeInstanceOf(SamTimeoutError);
    await lateSent;
    await late?.write(encodeReply({ sw3: 0x80 }));
    expect(await reader.find()).toBe(true);
  });

  it("rejects a reply of the wrong size as a protocol error", async () => {
    const reader = withScript(() => encodeReply({ sw3: 0x90, data: new Uint8Array(5) }));
    await expect(reader.samId()).rejects.toBeInstanceOf(SamProtocolError);
  });

  it("rejects read length fields that do not add up", async () => {
    const data = new Uint8Array(4 + 256 + 1024);
    data.set([0x01, 0x00, 0x04, 0x01]);
    const reader = withScript(() => encodeReply({ sw3: 0x90, data }));
    await expect(reader.readBase()).rejects.toThrow(/length fields/);
  });
});
