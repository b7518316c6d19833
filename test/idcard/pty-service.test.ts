import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CardReaderService } from "../../core/devices/reader/card-reader-service";
import type { ReaderEventName, ReaderEvents } from "../../core/devices/reader/events";
import { REPLACE_CARD } from "../../core/devices/reader/read-cycle";
import { openPtyPair, type PtyPair } from "../../drivers/sim/pty";
import { ReaderSimulator } from "../../drivers/sim/reader/simulator";
import { openSerial } from "../../drivers/transport/serial";

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn().catch(() => undefined);
});

function next<E extends ReaderEventName>(
  service: CardReaderService,
  event: E,
  timeoutMs = 5000,
): Promise<ReaderEvents[E]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = service.on(event, (...args) => {
      clearTimeout(timer);
      off();
      resolve(args);
    });
  });
}

/** Simulator on the sim end of a pty pair that can be unplugged and replugged at the same path. */
async function plugIn(sim: ReaderSimulator, dir: string): Promise<PtyPair> {
  const pty = await openPtyPair({ dir, name: "reader" });
  sim.attach(await openSerial({ path: pty.simPath }));
  return pty;
}

describe("CardReaderService ↔ simulator over a pty", () => {
  it("reads, waits for removal, reads a re-placed card, and survives faults", async () => {
    const dir = await mkdtemp(join(tmpdir(), "idcard-svc-"));
    const sim = new ReaderSimulator({ seed: 9, processingDelayMs: 5 });
    const pty = await plugIn(sim, dir);
    cleanup.push(
      () => pty.close(),
      () => sim.close(),
    );
    const service = new CardReaderService({ port: pty.devicePath, pollIntervalMs: 300 });
    cleanup.push(() => service.stop());
    const online = next(service, "reader-online");
    await service.start();
    await online;

    sim.injectFault("fragmented", 4);
    sim.injectFault("junk", 4);
    let read = next(service, "card-read");
    let card = sim.placeCard("resident");
    expect((await read)[0]).toEqual(card.record);

    let removed = next(service, "card-removed");
    sim.removeCard();
    await removed;

    sim.injectFault("read-failed", 2);
    const failed = next(service, "reader-error");
    sim.placeCard();
    expect((await failed)[0]).toEqual({ code: "sam-status-41", ...REPLACE_CARD });
    removed = next(service, "card-removed");
    sim.removeCard();
    await removed;

    read = next(service, "card-read");
    card = sim.placeCard("foreign-2017");
    expect((await read)[0]).toEqual(card.record);
  });

  it("recovers by itself within 3 s of an unplugged reader coming back", async () => {
    const dir = await mkdtemp(join(tmpdir(), "idcard-svc-"));
    const sim = new ReaderSimulator({ seed: 10, processingDelayMs: 5 });
    let pty = await plugIn(sim, dir);
    cleanup.push(
      () => pty.close(),
      () => sim.close(),
    );
    const service = new CardReaderService({ port: pty.devicePath, pollIntervalMs: 300 });
    cleanup.push(() => service.stop());
    const online = next(service, "reader-online");
    await service.start();
    await online;

    const offline = next(service, "reader-offline");
    sim.detach();
    await pty.close(); // unplug: the device path vanishes
    expect((await offline)[0].code).toMatch(/disconnected|device/);
    expect(service.status().state).toBe("offline");
    await new Promise((resolve) => setTimeout(resolve, 800)); // a few failed reopen attempts

    const back = next(service, "reader-online", 3000); // the requirement: recovery within 3 s
    pty = await plugIn(sim, dir); // replug at the same path
    await back;
    expect(service.status()).toMatchObject({ state: "online", port: pty.devicePath });

    const read = next(service, "card-read");
    const card = sim.placeCard("hmt-permit");
    expect((await read)[0]).toEqual(card.record);
  });
});
