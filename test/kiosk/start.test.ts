import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { startKiosk } from "../support/webshell";

/**
 * `npm start` on the web shell boots its runtime when the page asks for it (scripts/start.ts).
 * These are the cases with no page: the kiosk must still come up, and still stop cleanly.
 */
describe("npm start without a page", () => {
  it("boots the runtime on its own: its store opens", async () => {
    const kiosk = await startKiosk();
    try {
      await vi.waitFor(() => expect(existsSync(join(kiosk.dataDir, "kiosk.db"))).toBe(true), {
        timeout: 20_000,
        interval: 100,
      });
    } finally {
      await kiosk.stop();
    }
    expect(kiosk.child.exitCode).toBe(0);
  });

  it("stops cleanly when told to before its runtime has booted", async () => {
    const kiosk = await startKiosk();
    await kiosk.stop();
    expect(kiosk.child.exitCode).toBe(0);
    expect(kiosk.output()).not.toMatch(/error/i);
  });
});
