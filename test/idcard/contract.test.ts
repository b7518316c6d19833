import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { IdentityRecord } from "../../drivers/idcard/identity";
import { SamReader } from "../../drivers/idcard/sam-reader";
import { parseTextBlock } from "../../drivers/idcard/text-block";
import { looksLikeWlt } from "../../drivers/idcard/wlt";
import { openPtyPair } from "../../drivers/sim/pty";
import { ReaderSimulator } from "../../drivers/sim/reader/simulator";
import { openSerial } from "../../drivers/transport/serial";

/**
 * One contract suite, run against the simulator on a pty always, and against a real reader on a
 * bench rig when KIOSK_TEST_READER_PORT names its serial port (serialport's habit: CI stays
 * green without hardware, the rig runs exactly the same assertions).
 */
const Env = z.object({
  KIOSK_TEST_READER_PORT: z.string().min(1).optional(),
  KIOSK_TEST_READER_BAUD: z.coerce.number().int().positive().default(115200),
  /** "1" when a (test) card lies on the bench reader. */
  KIOSK_TEST_READER_CARD: z.enum(["0", "1"]).default("0"),
});
const env = Env.parse(process.env);

interface Rig {
  reader: SamReader;
  /** Makes sure a card is on the reader (the simulator places one; on a bench it must be there). */
  cardPresent: boolean;
  close(): Promise<void>;
}

async function simulatorRig(): Promise<Rig> {
  const pty = await openPtyPair({ name: "contract" });
  const sim = new ReaderSimulator({ seed: 99, processingDelayMs: 5 });
  sim.attach(await openSerial({ path: pty.simPath }));
  sim.placeCard("resident");
  const reader = new SamReader(await openSerial({ path: pty.devicePath }));
  return {
    reader,
    cardPresent: true,
    close: async () => {
      await reader.close();
      await sim.close();
      await pty.close();
    },
  };
}

async function hardwareRig(path: string): Promise<Rig> {
  const reader = new SamReader(await openSerial({ path, baudRate: env.KIOSK_TEST_READER_BAUD }), {
    baudRate: env.KIOSK_TEST_READER_BAUD,
  });
  return { reader, cardPresent: env.KIOSK_TEST_READER_CARD === "1", close: () => reader.close() };
}

const targets: [string, () => Promise<Rig>][] = [["simulator on a pty", simulatorRig]];
const hardware = env.KIOSK_TEST_READER_PORT;
if (hardware !== undefined) targets.push([`reader at ${hardware}`, () => hardwareRig(hardware)]);

describe.each(targets)("SAM contract: %s", (_name, makeRig) => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await makeRig();
  });
  afterAll(async () => {
    await rig.close();
  });

  it("answers status and reports a well-formed SAM ID", async () => {
    await rig.reader.status();
    expect((await rig.reader.samId()).text).toMatch(/^\d{2}\.\d{2}-\d{8}-\d{10}-\d{10}$/);
    await rig.reader.setMaxRfBytes(0x50);
  });

  it("finds, selects and reads the card into a valid identity record", async ({ skip }) => {
    // Reason: a bench run without KIOSK_TEST_READER_CARD=1 has no card to read.
    if (!rig.cardPresent) skip();
    expect(await rig.reader.find()).toBe(true);
    await rig.reader.select();
    const read = await rig.reader.readBase();
    const record = parseTextBlock(read.text);
    expect(IdentityRecord.parse(record)).toEqual(record);
    expect(looksLikeWlt(read.photo.bytes)).toBe(true);
    read.photo.wipe();
    expect(Array.isArray(await rig.reader.newestAddress())).toBe(true);
  });
});

// Reason for the skip: no reader is attached in CI. It shows as pending, saying how to run it.
describe.skipIf(hardware !== undefined)(
  "SAM contract: real reader — set KIOSK_TEST_READER_PORT=/dev/ttyUSB0 (and KIOSK_TEST_READER_CARD=1 with a test card)",
  () => {
    it.skip("runs the suite above against the bench reader", () => undefined);
  },
);
