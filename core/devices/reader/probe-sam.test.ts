import { describe, expect, it } from "vitest";
import { openPtyPair } from "../../../drivers/sim/pty";
import { ReaderSimulator } from "../../../drivers/sim/reader/simulator";
import { memoryPair } from "../../../drivers/transport/memory";
import { openSerial } from "../../../drivers/transport/serial";
import { probeSam } from "./probe-sam";

describe("probeSam", () => {
  it("finds the simulator on a pty and reads its SAM ID", async () => {
    const pty = await openPtyPair({ name: "probe" });
    const sim = new ReaderSimulator({ processingDelayMs: 2 });
    sim.attach(await openSerial({ path: pty.simPath }));
    try {
      expect(await probeSam(pty.devicePath)).toEqual({
        baudRate: 115200,
        samId: "05.02-20150601-0000001234-0987654321",
      });
    } finally {
      await sim.close();
      await pty.close();
    }
  });

  it("returns null for a port where nothing answers, after trying every rate", async () => {
    const tried: number[] = [];
    const result = await probeSam("/dev/silent", (_path, rate) => {
      tried.push(rate);
      return Promise.resolve(memoryPair("silent")[0]);
    });
    expect(result).toBeNull();
    expect(tried).toEqual([115200, 57600, 38400, 19200, 9600]);
  });

  it("returns null for a port that cannot be opened", async () => {
    expect(await probeSam("/dev/does-not-exist")).toBeNull();
  });
});
