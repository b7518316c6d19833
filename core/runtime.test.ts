import { pino } from "pino";
import { describe, expect, it } from "vitest";
import { testRuntime } from "../test/support/runtime";
import type { KioskStatus } from "./api";

describe("the runtime's status", () => {
  it("says central is not checked until the first attempt to reach it has finished, then announces it", async () => {
    let settle = (): void => undefined;
    const runtime = testRuntime({ centralSettled: new Promise<void>((resolve) => (settle = resolve)) });
    expect(runtime.status()).toMatchObject({ online: false, central: { checked: false } });
    const announced = new Promise<KioskStatus>((resolve) => runtime.events.on("status-changed", resolve));
    settle();
    // Offline after the attempt: nothing else changed, yet the page hears that it is now known.
    expect(await announced).toMatchObject({ online: false, central: { checked: true } });
    expect(runtime.status().central.checked).toBe(true);
  });
});

describe("the runtime's events", () => {
  it("logs a listener that throws, and the session still starts and every other listener hears it", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => void lines.push(line) });
    const runtime = testRuntime({ logger });
    runtime.events.onAny(() => {
      throw new Error("page forwarder broke");
    });
    const heard: string[] = [];
    runtime.events.on("session-started", ({ sessionId }) => heard.push(sessionId));

    const { sessionId } = await runtime.handlers.startSession({});
    expect(heard).toEqual([sessionId]);
    expect(runtime.sessions.current?.sessionId).toBe(sessionId);
    const logged = lines.map((line) => JSON.parse(line) as { event?: string; err?: { message: string } });
    const fault = logged.find((entry) => entry.event === "session-started");
    expect(fault?.err?.message).toBe("page forwarder broke");
  });
});
