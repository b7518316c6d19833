import { afterEach, describe, expect, it } from "vitest";
import { encodeFrame, encodeRequest, replyFromBody, type SamReply } from "../../idcard/frame";
import { FrameDecoder } from "../../idcard/frame-decoder";
import { memoryPair } from "../../transport/memory";
import type { ByteTransport } from "../../transport/types";
import { FaultQueue, isFaultKind } from "./faults";
import { ReaderSimulator } from "./simulator";

const sims: ReaderSimulator[] = [];
afterEach(async () => {
  for (const sim of sims.splice(0)) await sim.close();
});

/** A raw host end that sends frames and collects decoded replies. */
function rawHost(): {
  host: ByteTransport;
  sim: ReaderSimulator;
  ask: (frame: Uint8Array) => Promise<SamReply>;
} {
  const [host, device] = memoryPair("raw");
  const sim = new ReaderSimulator({ seed: 3, processingDelayMs: 0, baudRate: 1_000_000 });
  sim.attach(device);
  sims.push(sim);
  const decoder = new FrameDecoder();
  const waiting: ((r: SamReply) => void)[] = [];
  host.onData((bytes) => {
    for (const e of decoder.push(bytes)) {
      if (e.kind === "frame") waiting.shift()?.(replyFromBody(e.body)!);
    }
  });
  return {
    host,
    sim,
    ask: (frame) =>
      new Promise((resolve) => {
        waiting.push(resolve);
        void host.write(frame);
      }),
  };
}

describe("ReaderSimulator", () => {
  it("answers a request with a bad checksum with SW3 10", async () => {
    const { ask } = rawHost();
    const frame = encodeRequest(0x11, 0xff);
    frame[frame.length - 1] = frame.at(-1)! ^ 1;
    expect((await ask(frame)).sw3).toBe(0x10);
  });

  it("answers unknown commands and bad rate codes with SW3 21", async () => {
    const { ask } = rawHost();
    expect((await ask(encodeRequest(0x77, 0x01))).sw3).toBe(0x21);
    expect((await ask(encodeRequest(0x60, 0x09))).sw3).toBe(0x21);
  });

  it("follows the call order: select needs find, reads need select", async () => {
    const { ask, sim } = rawHost();
    sim.placeCard("foreign-2017");
    expect((await ask(encodeRequest(0x20, 0x02))).sw3).toBe(0x81);
    expect((await ask(encodeRequest(0x30, 0x01))).sw3).toBe(0x41);
    expect((await ask(encodeRequest(0x20, 0x01))).sw3).toBe(0x9f);
    expect((await ask(encodeRequest(0x20, 0x02))).sw3).toBe(0x90);
    const read = await ask(encodeRequest(0x30, 0x01));
    expect(read.sw3).toBe(0x90);
    expect(read.data.length).toBe(1284);
    sim.removeCard();
    expect((await ask(encodeRequest(0x20, 0x01))).sw3).toBe(0x80);
  });

  it("answers the one-shot no-card fault once, then finds the card", async () => {
    const { ask, sim } = rawHost();
    sim.placeCard();
    sim.injectFault("no-card");
    expect(sim.state().pendingFaults).toEqual(["no-card"]);
    expect((await ask(encodeRequest(0x20, 0x01))).sw3).toBe(0x80);
    expect((await ask(encodeRequest(0x20, 0x01))).sw3).toBe(0x9f);
    expect(sim.state().pendingFaults).toEqual([]);
  });

  it("reports its state", async () => {
    const { ask, sim } = rawHost();
    expect(sim.state()).toMatchObject({
      card: null,
      connected: true,
      baudRate: 1_000_000,
      commandsServed: 0,
    });
    sim.placeCard("hmt-permit");
    await ask(encodeRequest(0x11, 0xff));
    expect(sim.state()).toMatchObject({ card: "hmt-permit", commandsServed: 1 });
    sim.injectFault("disconnect");
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sim.state().connected).toBe(false);
  });

  it("ignores a frame that is not a request", async () => {
    const { host, sim } = rawHost();
    await host.write(encodeFrame(Uint8Array.of(0x11)));
    await sim.idle();
    expect(sim.state().commandsServed).toBe(0);
  });
});

describe("FaultQueue", () => {
  it("counts one-shot faults", () => {
    const q = new FaultQueue();
    q.add("junk", 2);
    expect(q.take("junk")).toBe(true);
    expect(q.list()).toEqual(["junk"]);
    expect(q.take("junk")).toBe(true);
    expect(q.take("junk")).toBe(false);
    expect(() => q.add("junk", 0)).toThrow(RangeError);
    expect(isFaultKind("junk")).toBe(true);
    expect(isFaultKind("fire")).toBe(false);
  });
});
