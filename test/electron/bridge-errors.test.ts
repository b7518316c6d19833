import { describe, expect, it } from "vitest";
import { errorBody } from "../../core/api";
import { BRIDGE_ERROR_PREFIX as preloadPrefix, bridgeError } from "../../electron/bridge-error";
import { callFailure } from "../../renderer/src/flow/call-failure";
import { BRIDGE_ERROR_PREFIX as pagePrefix, restoreBridgeErrors } from "../../renderer/src/kiosk/bridge-errors";
import type { KioskApi } from "../../core/api";

/** What contextBridge does to a rejection: a new Error in the page's world with the message alone. */
const acrossTheBridge = (error: Error): Error => new Error(error.message);

describe("errors across Electron's context bridge", () => {
  it("keep their code and the resident's words", async () => {
    const busy = errorBody("busy", "central answered 429");
    const bridged = { getStatus: () => Promise.reject(acrossTheBridge(bridgeError(busy))) };
    const kiosk = restoreBridgeErrors(bridged as unknown as KioskApi);
    const failure = await kiosk.getStatus({}).then(
      () => null,
      (error: unknown) => callFailure(error),
    );
    expect(failure).toEqual({ code: "busy", text: busy.text });
    // Without the restore, the page would have had nothing to go on.
    await bridged.getStatus().catch((error: unknown) => {
      expect(callFailure(error)).toEqual({ code: null, text: null });
    });
  });

  it("leave other errors as they are, even one that only looks like ours", async () => {
    for (const message of ["socket closed", `${pagePrefix}{not json`, `${pagePrefix}{"text":1}`]) {
      const original = new Error(message);
      const kiosk = restoreBridgeErrors({ getStatus: () => Promise.reject(original) } as unknown as KioskApi);
      await expect(kiosk.getStatus({})).rejects.toBe(original);
    }
  });

  it("use one marker on both sides", () => {
    expect(pagePrefix).toBe(preloadPrefix);
  });
});
