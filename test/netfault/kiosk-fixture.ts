import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type KioskStore, openKioskStore } from "../../core/store/index";
import { SyncEngine, type SyncEngineOptions } from "../../core/sync/index";

/** A kiosk store in a temp folder with a sync engine on it. */
export async function startKiosk(options: Partial<SyncEngineOptions> = {}): Promise<{
  dir: string;
  store: KioskStore;
  engine: SyncEngine;
  close: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), "kiosk-fixture-"));
  const store = await openKioskStore({ dataDir: dir });
  const engine = new SyncEngine({ store, appVersion: "0.1.0-test", ...options });
  return {
    dir,
    store,
    engine,
    async close() {
      await engine.stop();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
