import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startCentralServer } from "../../central/server";
import { bootKiosk, type BootedKiosk } from "../../core/boot";
import type { EmbeddedCentral } from "../../core/embedded-central";
import { parseKioskEnv } from "../../core/config/env";
import { createLogger } from "../../core/log";
import { startEmbeddedCentral } from "../../scripts/embedded-central";
import { tempDir } from "../support/runtime";

/**
 * A kiosk on embedded defaults is started and stopped every day. Its central service listens on a
 * new port each time, and the kiosk must follow it with the identity it enrolled with.
 */
const running: BootedKiosk[] = [];
afterEach(async () => {
  for (const kiosk of running.splice(0)) await kiosk.stop();
});

/** Boots on embedded defaults; the runtime is up, its central service may still be starting. */
async function bootOnly(dataDir: string): Promise<BootedKiosk> {
  const kiosk = await bootKiosk({
    env: parseKioskEnv({ KIOSK_DATA_DIR: dataDir }, dataDir),
    shell: "web",
    appVersion: "0.0.0-test",
    logger: createLogger("silent"),
    startEmbeddedCentral,
  });
  running.push(kiosk);
  return kiosk;
}

/** Boots and waits for the first attempt to reach central. */
async function boot(dataDir: string): Promise<BootedKiosk> {
  const kiosk = await bootOnly(dataDir);
  await kiosk.centralSettled;
  return kiosk;
}

async function online(kiosk: BootedKiosk, where: (url: string) => boolean = () => true): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!kiosk.runtime.status().online || !where(kiosk.runtime.status().central.url)) {
    if (Date.now() > deadline) throw new Error("the kiosk did not reach its central service");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The embedded central as scripts/embedded-central.ts runs it, but in this thread, so that a test
 * can make it die the way a crashed thread does: gone, and `exited` settled with the reason.
 */
async function mortalCentral(dataDir: string): Promise<EmbeddedCentral & { die(): Promise<void> }> {
  const server = await startCentralServer({
    db: join(dataDir, "central.db"),
    dataDir,
    port: 0,
    demoData: true,
  });
  let died: (error: Error) => void = () => undefined;
  const exited = new Promise<Error>((resolve) => (died = resolve));
  return {
    url: server.url,
    publicKeys: () => server.publicKeys(),
    createEnrollmentCode: () => server.createEnrollmentCode("embedded"),
    exited,
    stop: () => server.close(),
    async die() {
      // A crashed thread takes its sockets with it; closing only stops new ones, so the kiosk
      // learns of the death the way it would: from `exited`.
      const closing = server.close();
      died(new Error("the embedded central's thread crashed"));
      await closing;
    },
  };
}

describe("a kiosk restarted on embedded defaults", () => {
  it("reaches the new central with the identity it enrolled with", async () => {
    const dataDir = tempDir("kiosk-restart-");
    const first = await boot(dataDir);
    await online(first);
    const before = first.runtime.status();
    await first.stop();
    running.length = 0;

    const second = await boot(dataDir);
    await online(second);
    const after = second.runtime.status();
    expect(after.kioskId).toBe(before.kioskId);
    expect(after.central.url).not.toBe(before.central.url);
    expect(after.central.lastContact).not.toBeNull();
  });

  it("decides a submission made before the central service is up, once it is, rather than queueing it", async () => {
    const dataDir = tempDir("kiosk-early-submit-");
    const kiosk = await bootOnly(dataDir);
    expect(kiosk.runtime.options.sync.status().enrolled).toBe(false);
    const result = await kiosk.runtime.options.sync.submit("food-safety-report", {
      answers: { place: "鼓楼区某餐馆", problem: "餐具不洁" },
    });
    expect(result.queued).toBe(false);
  });

  it("answers an online-only call made before the central service is up, once it is", async () => {
    const dataDir = tempDir("kiosk-early-");
    const kiosk = await bootOnly(dataDir);
    // Straight after boot the embedded central is still starting: the client waits for it.
    expect(kiosk.runtime.status().central.url).toBe("");
    await expect(kiosk.runtime.options.centralClient()).resolves.toBeDefined();
    expect(kiosk.runtime.options.sync.status().enrolled).toBe(true);
    expect(kiosk.runtime.status().central.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("starts its embedded central again when that one dies, and reaches it with its identity", async () => {
    const dataDir = tempDir("kiosk-central-dies-");
    const centrals: Awaited<ReturnType<typeof mortalCentral>>[] = [];
    const kiosk = await bootKiosk({
      env: parseKioskEnv({ KIOSK_DATA_DIR: dataDir }, dataDir),
      shell: "web",
      appVersion: "0.0.0-test",
      logger: createLogger("silent"),
      startEmbeddedCentral: async (dir) => {
        const central = await mortalCentral(dir);
        centrals.push(central);
        return central;
      },
    });
    running.push(kiosk);
    await kiosk.centralSettled;
    await online(kiosk);
    const before = kiosk.runtime.status();

    await centrals[0]?.die();
    // Online again, at the new one's address.
    await online(kiosk, (url) => url !== "" && url === centrals[1]?.url);
    expect(centrals).toHaveLength(2);
    const after = kiosk.runtime.status();
    expect(after.kioskId).toBe(before.kioskId);
    expect(after.central.url).not.toBe(before.central.url);
    expect(Date.parse(after.central.lastContact ?? "")).toBeGreaterThan(
      Date.parse(before.central.lastContact ?? ""),
    );
  });
});
