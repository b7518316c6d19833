import { afterEach, describe, expect, it } from "vitest";
import { ReaderSimulator } from "../../../drivers/sim/reader/simulator";
import { memoryPair } from "../../../drivers/transport/memory";
import { CardReaderService } from "./card-reader-service";
import type { ReaderEventName, ReaderEvents } from "./events";
import { REPLACE_CARD } from "./read-cycle";

const services: CardReaderService[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.stop();
});

function simService(extra: { reconnectIntervalMs?: number } = {}): CardReaderService {
  const service = new CardReaderService({
    port: "sim",
    pollIntervalMs: 300,
    reconnectIntervalMs: extra.reconnectIntervalMs ?? 100,
    simulator: { seed: 11, processingDelayMs: 2, baudRate: 1_000_000 },
  });
  services.push(service);
  return service;
}

/** Resolves with the arguments of the next `event`; rejects after `timeoutMs`. */
function next<E extends ReaderEventName>(
  service: CardReaderService,
  event: E,
  timeoutMs = 4000,
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

/** Records every event in order, by name. */
function journal(service: CardReaderService): string[] {
  const names: ReaderEventName[] = [
    "card-present",
    "card-read",
    "card-removed",
    "reader-error",
    "reader-offline",
    "reader-online",
  ];
  const seen: string[] = [];
  for (const name of names) service.on(name, () => seen.push(name));
  return seen;
}

const polls = (n: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, n * 300 + 100));

describe("CardReaderService with the built-in simulator", () => {
  it("reads a placed card once, then reports its removal", async () => {
    const service = simService();
    const sim = service.simulator!;
    const events = journal(service);
    const online = next(service, "reader-online");
    await service.start();
    expect(await online).toEqual([
      { port: "sim", baudRate: 115200, samId: "05.02-20150601-0000001234-0987654321" },
    ]);
    expect(service.samId()).toBe("05.02-20150601-0000001234-0987654321");
    expect(service.status()).toEqual({ state: "online", port: "sim" });

    const read = next(service, "card-read");
    const card = sim.placeCard("resident");
    const [record, photo] = await read;
    expect(record).toEqual(card.record);
    expect(photo.bytes).toEqual(card.photo);
    expect(JSON.stringify(photo)).toBe('{"format":"wlt","bytes":1024}');

    await polls(3); // the card stays: no second read
    const removed = next(service, "card-removed");
    sim.removeCard();
    await removed;
    expect(events).toEqual(["reader-online", "card-present", "card-read", "card-removed"]);
  });

  it("reads again after re-placement", async () => {
    const service = simService();
    const sim = service.simulator!;
    await service.start();
    for (const type of ["foreign-2017", "foreign-2023"] as const) {
      const read = next(service, "card-read");
      const card = sim.placeCard(type);
      expect((await read)[0]).toEqual(card.record);
      const removed = next(service, "card-removed");
      sim.removeCard();
      await removed;
    }
  });

  it("retries a 41 once silently", async () => {
    const service = simService();
    const sim = service.simulator!;
    const events = journal(service);
    await service.start();
    sim.injectFault("read-failed");
    const read = next(service, "card-read");
    const card = sim.placeCard();
    expect((await read)[0]).toEqual(card.record);
    expect(events).not.toContain("reader-error");
  });

  it("after two 41s asks to re-place the card, and reads it once re-placed", async () => {
    const service = simService();
    const sim = service.simulator!;
    const events = journal(service);
    await service.start();
    sim.injectFault("read-failed", 2);
    const failed = next(service, "reader-error");
    sim.placeCard();
    expect(await failed).toEqual([{ code: "sam-status-41", ...REPLACE_CARD }]);
    await polls(2); // still on the reader: no read, no new error
    expect(events.filter((e) => e === "reader-error")).toHaveLength(1);
    const removed = next(service, "card-removed");
    sim.removeCard();
    await removed;
    const read = next(service, "card-read");
    const card = sim.placeCard();
    expect((await read)[0]).toEqual(card.record);
  });

  it("after two corrupt replies during the read asks to re-place the card", async () => {
    const service = simService();
    const sim = service.simulator!;
    await service.start();
    // card-present fires before select is sent: corrupt select's reply and the retry's find reply.
    service.on("card-present", () => sim.injectFault("bad-checksum", 2));
    const failed = next(service, "reader-error");
    sim.placeCard();
    expect(await failed).toEqual([{ code: "checksum", ...REPLACE_CARD }]);
  });

  it("does not report removal on a single spurious no-card", async () => {
    const service = simService();
    const sim = service.simulator!;
    const events = journal(service);
    await service.start();
    const read = next(service, "card-read");
    sim.placeCard();
    await read;
    sim.injectFault("no-card");
    await polls(3);
    expect(events).not.toContain("card-removed");
    expect(sim.state().pendingFaults).toEqual([]);
  });

  it("goes offline on a disconnect and comes back by itself", async () => {
    const service = simService();
    const sim = service.simulator!;
    const events = journal(service);
    await service.start();
    await next(service, "reader-online");
    const offline = next(service, "reader-offline");
    const online = next(service, "reader-online");
    sim.injectFault("disconnect");
    expect((await offline)[0].code).toBe("disconnected");
    await online;
    expect(service.status().state).toBe("online");
    const read = next(service, "card-read");
    sim.placeCard();
    await read;
    expect(events.slice(0, 3)).toEqual(["reader-online", "reader-offline", "reader-online"]);
  });

  it("reports a failing SAM self-test as an error state, then recovers", async () => {
    const service = simService();
    service.simulator!.injectFault("sam-failure");
    const failed = next(service, "reader-error");
    await service.start();
    expect((await failed)[0].code).toBe("sam-status-60");
    await next(service, "reader-online");
    expect(service.status()).toMatchObject({
      state: "online",
      lastError: expect.stringContaining("self-test") as string,
    });
  });

  it("says once that the SAM failed while polling, shows state error, and recovers", async () => {
    const service = simService();
    const sim = service.simulator!;
    const events = journal(service);
    await service.start();
    await next(service, "reader-online");
    const failed = next(service, "reader-error");
    sim.injectFault("sam-failure", 4); // the next find, then status at each reconnect attempt
    expect((await failed)[0].code).toBe("sam-status-60");
    expect(service.status().state).toBe("error");
    await next(service, "reader-online");
    expect(events.filter((e) => e === "reader-error")).toHaveLength(1);
    expect(events).not.toContain("reader-offline");
  });
});

describe("CardReaderService with an injected opener", () => {
  it("finds the reader's rate with autoBaud (115200 → 9600)", async () => {
    const sim = new ReaderSimulator({ baudRate: 9600, processingDelayMs: 1 });
    const tried: number[] = [];
    const service = new CardReaderService({
      port: "/dev/fake-reader",
      autoBaud: true,
      pollIntervalMs: 300,
      open: (_path, rate) => {
        tried.push(rate);
        const [host, device] = memoryPair(`fake @${rate}`);
        // At the wrong rate a UART delivers garbage; at the right one, the SAM.
        if (rate === 9600) sim.attach(device);
        else device.onData(() => void device.write(Uint8Array.of(0xff, 0x00, 0xaa, 0x13)));
        return Promise.resolve(host);
      },
    });
    services.push(service);
    const online = next(service, "reader-online", 6000);
    await service.start();
    expect(await online).toMatchObject([{ port: "/dev/fake-reader", baudRate: 9600 }]);
    expect(tried).toEqual([115200, 57600, 38400, 19200, 9600]);
    expect(service.simulator).toBeNull();
    await sim.close();
  });

  it("waits for a module that answers only after power-up", async () => {
    const sim = new ReaderSimulator({ processingDelayMs: 1 });
    const service = new CardReaderService({
      port: "/dev/slow-reader",
      pollIntervalMs: 300,
      open: () => {
        const [host, device] = memoryPair("slow");
        setTimeout(() => sim.attach(device), 300);
        return Promise.resolve(host);
      },
    });
    services.push(service);
    const events = journal(service);
    const online = next(service, "reader-online", 6000);
    await service.start();
    await online;
    expect(events).toEqual(["reader-online"]);
    await sim.close();
  });

  it("reports offline while the device cannot be opened", async () => {
    let attempts = 0;
    const service = new CardReaderService({
      port: "/dev/missing",
      reconnectIntervalMs: 100,
      open: () => {
        attempts++;
        return Promise.reject(new Error("ENOENT: no such file"));
      },
    });
    services.push(service);
    const offline = next(service, "reader-offline");
    await service.start();
    expect((await offline)[0]).toMatchObject({
      code: "device",
      en: expect.stringContaining("ENOENT") as string,
    });
    await polls(1);
    expect(attempts).toBeGreaterThan(1);
    expect(service.status()).toMatchObject({ state: "offline", port: "/dev/missing" });
  });

  it("stops while waiting for a silent module to power up, without sitting out the window", async () => {
    const [host] = memoryPair("silent"); // nothing ever answers
    // A 10-minute power-up window: if stop() waited for it, this test would hit its own timeout.
    const service = new CardReaderService({
      port: "/dev/silent",
      startupWindowMs: 600_000,
      open: () => Promise.resolve(host),
    });
    await service.start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await service.stop();
    expect(host.isOpen).toBe(false);
    expect(service.status().state).toBe("starting");
  });

  it("validates its options, naming the option", () => {
    expect(() => new CardReaderService({ port: "sim", pollIntervalMs: 100 })).toThrow(/pollIntervalMs/);
    expect(() => new CardReaderService({ port: "sim", idlePollIntervalMs: 20 })).toThrow(
      /idlePollIntervalMs/,
    );
    expect(() => new CardReaderService({ port: "sim", baudRate: 1234 })).toThrow(/baudRate/);
    expect(() => new CardReaderService({ port: "" })).toThrow(/port/);
  });
});
