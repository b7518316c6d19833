import { afterEach, describe, expect, it, vi } from "vitest";
import { EventHub, reportToStderr } from "./event-hub";

interface Probe {
  ping: [n: number];
  pong: [];
}

describe("EventHub", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("reports a listener that throws and still delivers to every other listener", () => {
    const faults: [unknown, string][] = [];
    const hub = new EventHub<Probe>((error, event) => faults.push([error, event]));
    const heard: string[] = [];
    const boom = new Error("listener bug");
    hub.on("ping", (n) => heard.push(`first ${n}`));
    hub.on("ping", () => {
      throw boom;
    });
    hub.on("ping", (n) => heard.push(`third ${n}`));
    hub.onAny((event, ...args) => heard.push(`any ${event} ${args.join(",")}`));

    expect(() => {
      hub.emit("ping", 7);
    }).not.toThrow();
    expect(heard).toEqual(["first 7", "third 7", "any ping 7"]);
    expect(faults).toEqual([[boom, "ping"]]);
  });

  it("reports a throwing catch-all listener the same way", () => {
    const faults: string[] = [];
    const hub = new EventHub<Probe>((_error, event) => faults.push(event));
    hub.onAny(() => {
      throw new Error("forwarder bug");
    });
    const heard: number[] = [];
    hub.onAny((_event, ...args) => heard.push(args.length));
    hub.emit("pong");
    expect(faults).toEqual(["pong"]);
    expect(heard).toEqual([0]);
  });

  it("stops delivering after unsubscribe, also when a listener unsubscribes mid-emit", () => {
    const hub = new EventHub<Probe>();
    const heard: string[] = [];
    const offSecond = hub.on("ping", (n) => heard.push(`second ${n}`));
    const offFirst = hub.on("ping", (n) => {
      heard.push(`first ${n}`);
      offFirst();
    });
    hub.emit("ping", 1);
    hub.emit("ping", 2);
    offSecond();
    hub.emit("ping", 3);
    expect(heard).toEqual(["second 1", "first 1", "second 2"]);
  });

  it("forgets every listener on clear", () => {
    const hub = new EventHub<Probe>();
    const heard: string[] = [];
    hub.on("pong", () => heard.push("pong"));
    hub.onAny((event, ...args) => {
      heard.push(`any ${event} ${args.length}`);
    });
    hub.clear();
    hub.emit("pong");
    expect(heard).toEqual([]);
  });

  it("by default writes the throw to stderr with ID numbers masked", () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    reportToStderr(new Error("bad record 35010219900101123X"), "card-read");
    expect(written).toHaveLength(1);
    expect(written[0]).toContain('a listener for "card-read" threw: Error: bad record 3501**********123X');
    expect(written[0]).not.toContain("35010219900101123X");
  });
});
