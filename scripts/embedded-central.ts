import { join } from "node:path";
import { startCentralServer } from "../central/server";
import type { EmbeddedCentral } from "../core/boot";

/**
 * The embedded default (architecture.md "Run modes"): with no KIOSK_CENTRAL_URL the kiosk runs
 * the reference central service in-process, on SQLite in its data folder, with demo data, on a
 * free loopback port, and enrolls itself with a code it asks for like any fleet manager would.
 */
export async function startEmbeddedCentral(dataDir: string): Promise<EmbeddedCentral> {
  const server = await startCentralServer({
    db: join(dataDir, "central.db"),
    dataDir,
    host: "127.0.0.1",
    port: 0,
    demoData: true,
  });
  return {
    url: server.url,
    createEnrollmentCode: () => server.createEnrollmentCode("embedded"),
    publicKeys: () => server.publicKeys(),
    stop: () => server.close(),
  };
}
