import { CardReaderService } from "../../core/devices/reader/card-reader-service";
import { wireTimeMs } from "../../drivers/idcard/commands";
import { encodeReply, encodeRequest } from "../../drivers/idcard/frame";
import { FrameDecoder } from "../../drivers/idcard/frame-decoder";
import { goldenResidentReply } from "../../drivers/idcard/golden.fixture";
import { SamReader } from "../../drivers/idcard/sam-reader";
import { openPtyPair } from "../../drivers/sim/pty";
import { ReaderSimulator } from "../../drivers/sim/reader/simulator";
import { openSerial } from "../../drivers/transport/serial";
import type { Benchmark, Figure } from "./types";

const BAUD = 115200;
const DELAY_MS = 50;
const POLL_MS = 300;
const PLACEMENTS = 15;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/**
 * The floor of one placement-to-record cycle: the wire time of every frame exchanged (find,
 * select and read, requests and replies, 10 bits a byte) plus the simulator's processing delay
 * for each of the three commands.
 */
function cycleFloorMs(): number {
  const bytes =
    encodeRequest(0x20, 0x01).length +
    encodeReply({ sw3: 0x9f, data: new Uint8Array(4) }).length +
    encodeRequest(0x20, 0x02).length +
    encodeReply({ sw3: 0x90, data: new Uint8Array(8) }).length +
    encodeRequest(0x30, 0x01).length +
    1295;
  return wireTimeMs(bytes, BAUD) + 3 * DELAY_MS;
}

async function reaction(): Promise<Figure[]> {
  const pty = await openPtyPair({ name: "bench-reader" });
  const sim = new ReaderSimulator({ baudRate: BAUD, processingDelayMs: DELAY_MS, seed: 467 });
  sim.attach(await openSerial({ path: pty.simPath, baudRate: BAUD }));
  const floor = cycleFloorMs();
  const figures: Figure[] = [];
  try {
    // Direct cycle, card already present: what the driver adds on top of the floor.
    const reader = new SamReader(await openSerial({ path: pty.devicePath, baudRate: BAUD }));
    sim.placeCard("resident");
    const direct: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      await reader.find();
      await reader.select();
      await reader.readBase();
      direct.push(performance.now() - t0);
    }
    sim.removeCard();
    await reader.close();
    figures.push({
      name: "find + select + read (card present)",
      value: median(direct),
      unit: "ms",
      peer: { name: "floor: wire time + 3 × 50 ms", value: floor },
    });

    // Placement to identity record through the service (idle poll at its default), placed at a
    // random point of the poll cycle. The figure's name keeps the removal poll it was first
    // published with.
    const service = new CardReaderService({ port: pty.devicePath, baudRate: BAUD, pollIntervalMs: POLL_MS });
    const online = new Promise<void>((resolve) => service.on("reader-online", () => resolve()));
    await service.start();
    await online;
    const times: number[] = [];
    for (let i = 0; i < PLACEMENTS; i++) {
      await sleep(Math.random() * POLL_MS);
      const read = new Promise<number>((resolve) => {
        const off = service.on("card-read", (_record, photo) => {
          photo.wipe();
          off();
          resolve(performance.now());
        });
      });
      const placedAt = performance.now();
      sim.placeCard();
      times.push((await read) - placedAt);
      const removed = new Promise<void>((resolve) => {
        const off = service.on("card-removed", () => {
          off();
          resolve();
        });
      });
      sim.removeCard();
      await removed;
    }
    await service.stop();
    const value = median(times);
    // The resident waits for the first find that sees the card: the idle poll (default 100 ms) is
    // what separates this figure from the floor.
    const goal = floor + 100;
    figures.push({
      name: `card placed → identity record (median of ${PLACEMENTS}, poll ${POLL_MS} ms)`,
      value,
      unit: "ms",
      peer: { name: "floor: wire time + 3 × 50 ms", value: floor },
      goal: `≤ floor + 100 = ${goal.toFixed(0)} ms`,
      meetsGoal: value <= goal,
    });
  } finally {
    await sim.close();
    await pty.close();
  }
  return figures;
}

/** Frames per second through the streaming decoder, fed in 64-byte chunks like a USB-serial bridge. */
function decoderThroughput(frame: Uint8Array, count: number): number {
  const stream = new Uint8Array(frame.length * count);
  for (let i = 0; i < count; i++) stream.set(frame, i * frame.length);
  const decoder = new FrameDecoder();
  let frames = 0;
  const t0 = performance.now();
  for (let at = 0; at < stream.length; at += 64) {
    for (const e of decoder.push(stream.subarray(at, at + 64))) if (e.kind === "frame") frames++;
  }
  const seconds = (performance.now() - t0) / 1000;
  if (frames !== count) throw new Error(`decoded ${frames} of ${count} frames`);
  return frames / seconds;
}

function decoder(): Promise<Figure[]> {
  const golden = goldenResidentReply();
  const status = encodeReply({ sw3: 0x90 });
  decoderThroughput(golden, 200); // warm-up
  const lineRate = (bytes: number): number => BAUD / 10 / bytes;
  return Promise.resolve([
    {
      name: "decoder, 1 295-byte read replies",
      value: decoderThroughput(golden, 5000),
      unit: "frames/s",
      peer: { name: "115 200-baud line rate", value: lineRate(golden.length) },
    },
    {
      name: "decoder, 11-byte status replies",
      value: decoderThroughput(status, 200_000),
      unit: "frames/s",
      peer: { name: "115 200-baud line rate", value: lineRate(status.length) },
    },
  ]);
}

export const benchmarks: Benchmark[] = [
  { group: "idcard reader (pty, 115200 baud, 50 ms SAM delay)", run: reaction },
  { group: "idcard decoder", run: decoder },
];
