import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultConfig } from "../../kiosk-config/config/schema";
import { catalogVersion, services } from "../../kiosk-config/services";
import type { Clock } from "../../core/clock";
import { absentDevice } from "../../core/devices/device-monitor";
import { createLogger } from "../../core/log";
import { createKioskRuntime, type KioskRuntime } from "../../core/runtime";

/** A real runtime on the built-in catalog, with no devices and an unreachable central. */
export function testRuntime(clock?: Clock): KioskRuntime {
  return createKioskRuntime({
    shell: "web",
    appVersion: "0.0.0-test",
    kioskId: "00000000-0000-4000-8000-000000000001",
    config: defaultConfig,
    configVersion: 0,
    catalog: { version: catalogVersion, services: () => services },
    central: { mode: "remote", url: "http://127.0.0.1:9" },
    devices: { reader: absentDevice("test"), printer: absentDevice("test") },
    logger: createLogger("silent"),
    ...(clock ? { clock } : {}),
  });
}

export const tempDir = (prefix = "kiosk-test-"): string => mkdtempSync(join(tmpdir(), prefix));
