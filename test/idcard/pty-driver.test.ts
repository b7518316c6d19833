import { afterEach, describe, expect, it } from "vitest";
import { SamChecksumError } from "../../drivers/idcard/errors";
import { SamReader } from "../../drivers/idcard/sam-reader";
import { SamStatusError } from "../../drivers/idcard/status";
import { parseTextBlock } from "../../drivers/idcard/text-block";
import { openPtyPair, type PtyPair } from "../../drivers/sim/pty";
import { ReaderSimulator } from "../../drivers/sim/reader/simulator";
import { openSerial } from "../../drivers/transport/serial";

/**
 * The driver against the simulator over a real pseudo-terminal: the same bytes, chunking and
 * close semantics a USB-serial reader gives, without hardware.
 */
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn().catch(() => undefined);
});

async function rig(): Promise<{ pty: PtyPair; sim: ReaderSimulator; reader: SamReader }> {
  const pty = await openPtyPair({ name: "drv" });
  cleanup.push(() => pty.close());
  const sim = new ReaderSimulator({ seed: 5, processingDelayMs: 5, baudRate: 115200 });
  sim.attach(await openSerial({ path: pty.simPath }));
  cleanup.push(() => sim.close());
  const reader = new SamReader(await openSerial({ path: pty.devicePath }));
  cleanup.push(() => reader.close());
  return { pty, sim, reader };
}

async function readCard(reader: SamReader): Promise<ReturnType<typeof parseTextBlock>> {
  expect(await reader.find()).toBe(true);
  await reader.select();
  return parseTextBlock((await reader.readBase()).text);
}

describe("SamReader ↔ simulator over a pty", () => {
  it("reads every card type, and nothing without a card", async () => {
    const { sim, reader } = await rig();
    await reader.status();
    expect((await reader.samId()).text).toBe("05.02-20150601-0000001234-0987654321");
    expect(await reader.find()).toBe(false);
    for (const type of ["resident", "foreign-2017", "hmt-permit", "foreign-2023"] as const) {
      const card = sim.placeCard(type);
      expect(await readCard(reader)).toEqual(card.record);
    }
  });

  it("reassembles fragmented replies and skips junk", async () => {
    const { sim, reader } = await rig();
    const card = sim.placeCard("resident");
    sim.injectFault("fragmented", 3);
    sim.injectFault("junk", 3);
    expect(await readCard(reader)).toEqual(card.record);
  });

  it("rejects a corrupt reply and reads cleanly afterwards", async () => {
    const { sim, reader } = await rig();
    const card = sim.placeCard("hmt-permit");
    expect(await reader.find()).toBe(true);
    await reader.select();
    sim.injectFault("bad-checksum");
    await expect(reader.readBase()).rejects.toBeInstanceOf(SamChecksumError);
    expect(await readCard(reader)).toEqual(card.record);
  });

  it("reports 41 when the card moves, and reads the re-placed card", async () => {
    const { sim, reader } = await rig();
    sim.placeCard("foreign-2023");
    expect(await reader.find()).toBe(true);
    await reader.select();
    sim.injectFault("read-failed");
    await expect(reader.readBase()).rejects.toBeInstanceOf(SamStatusError);
    sim.removeCard();
    expect(await reader.find()).toBe(false);
    const card = sim.placeCard("foreign-2023");
    expect(await readCard(reader)).toEqual(card.record);
  });

  it("reports a disconnect when the device path vanishes", async () => {
    const { pty, reader } = await rig();
    await reader.status();
    await pty.close();
    await expect(reader.status()).rejects.toMatchObject({ code: "disconnected" });
  });
});
