import { describe, expect, it, vi } from "vitest";
import { startKiosk } from "../support/webshell";

/** The start-up log names the kiosk once, by the id the fleet knows it by. */
describe("start-up log", () => {
  it("logs one kiosk id, the one enrollment gave, after enrolling", async () => {
    const kiosk = await startKiosk({ LOG_LEVEL: "info" });
    try {
      await vi.waitFor(() => expect(kiosk.output()).toContain('"msg":"kiosk id"'), {
        timeout: 40_000,
        interval: 200,
      });
    } finally {
      await kiosk.stop();
    }
    const output = kiosk.output();
    const ids = new Set([...output.matchAll(/"kioskId":"([^"]+)"/g)].map((m) => m[1]));
    expect(ids.size).toBe(1);
    const enrolled = /"kioskId":"([^"]+)"[^\n]*"msg":"enrolled with the central service"/.exec(output)?.[1];
    expect(enrolled).toBeDefined();
    expect(ids.has(enrolled)).toBe(true);
  }, 60_000);
});
