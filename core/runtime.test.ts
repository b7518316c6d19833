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
