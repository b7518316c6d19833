import type { DeviceChoice, LocalConfigLayer } from "../../kiosk-config/config/local-layer";
import { listCandidates } from "../../drivers/transport/probe";
import type { PortCandidate } from "../api";
import type { ConfigHistoryRow } from "../store/rows";

/**
 * What the maintenance menu's diagnostics and device choice need from the composition root
 * (core/boot.ts) beyond the runtime's own parts: the store's config history and local layer, the
 * data folder, the OS's device list and the shell's restart.
 */
export interface MaintenanceTools {
  /** Where the store lives: the disk diagnostic measures this folder's file system. */
  dataDir: string;
  /** The ports and rates from the environment, under the local layer. */
  deviceDefaults: { reader: DeviceChoice; printer: DeviceChoice };
  localLayer: { load(): LocalConfigLayer; save(layer: LocalConfigLayer): void };
  configHistory(): ConfigHistoryRow[];
  configState(): string | undefined;
  rollBackConfig(): { from: number; to: number } | null;
  listPorts(): Promise<PortCandidate[]>;
  /** Restarts the app; absent where the shell cannot. */
  restartApp?: () => void;
}

/** Serial ports and HID devices as the menu lists them (drivers/transport/probe.ts). */
export async function osPorts(): Promise<PortCandidate[]> {
  return (await listCandidates()).map((c) => ({
    kind: c.kind,
    path: c.path,
    ...(c.usbId === undefined ? {} : { usbId: c.usbId }),
    ...((c.knownModel ?? c.product ?? c.manufacturer)
      ? { description: c.knownModel ?? c.product ?? c.manufacturer }
      : {}),
  }));
}

/** Tools kept in memory, for a runtime built without a store (tests). */
export function memoryTools(dataDir: string, defaults: MaintenanceTools["deviceDefaults"]): MaintenanceTools {
  let layer: LocalConfigLayer = {};
  return {
    dataDir,
    deviceDefaults: defaults,
    localLayer: {
      load: () => layer,
      save: (next) => {
        layer = next;
      },
    },
    configHistory: () => [],
    configState: () => undefined,
    rollBackConfig: () => null,
    listPorts: osPorts,
  };
}
