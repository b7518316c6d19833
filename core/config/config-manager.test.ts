import { createHash, generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, type SignedConfigBundle } from "../../central/protocol";
import { ManualClock } from "../../test/support/manual-clock";
import { tempDir } from "../../test/support/runtime";
import { KioskEvents } from "../events";
import { createLogger } from "../log";
import { SessionManager } from "../session/session-manager";
import { listConfigHistory, openKioskStore } from "../store";
import { ConfigManager } from "./config-manager";

const { publicKey, privateKey } = generateKeyPairSync("ed25519");
const keyid = createHash("sha256")
  .update(publicKey.export({ type: "spki", format: "der" }))
  .digest("hex")
  .slice(0, 16);
const trusted = [{ keyid, publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString() }];

function bundle(
  version: number,
  config: Record<string, unknown>,
  expires = "2099-01-01T00:00:00Z",
  sources?: Record<string, string>,
): SignedConfigBundle {
  const signed = {
    version,
    expires,
    kiosk: "kiosk-1",
    config,
    ...(sources === undefined ? {} : { sources }),
  };
  return {
    signed,
    signatures: [
      { keyid, sig: sign(null, Buffer.from(canonicalJson(signed)), privateKey).toString("base64") },
    ],
  };
}

async function setup(dataDir = tempDir()) {
  const store = await openKioskStore({ dataDir });
  const clock = new ManualClock();
  const sessions = new SessionManager(new KioskEvents(), clock, { expireAfterMs: 60_000 });
  const manager = new ConfigManager({
    store,
    trustedKeys: () => trusted,
    kioskId: () => "kiosk-1",
    logger: createLogger("silent"),
    now: () => new Date(clock.now()),
  });
  manager.watchSessions(sessions);
  return { store, sessions, manager, dataDir };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("ConfigManager", () => {
  it("reports the applied config's digest, each value's layer, and which version a refusal was about", async () => {
    const { store, manager, dataDir } = await setup();
    const defaultsDigest = manager.digest();
    expect(defaultsDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(manager.sources()).toEqual({});
    manager.receive(
      bundle(8, { elderMode: true, services: { hide: ["hotline-12345"] } }, undefined, {
        elderMode: "site:s1 v8",
        "services.hide": "global v2",
      }),
    );
    await settle();
    expect(manager.version()).toBe(8);
    expect(manager.applyVersion()).toBe(8);
    expect(manager.sources()).toEqual({ elderMode: "site:s1 v8", "services.hide": "global v2" });
    expect(manager.digest()).not.toBe(defaultsDigest);
    expect(manager.catalog().byId("hotline-12345")).toBeUndefined();
    // Forged sources break the signature like any other change.
    const forged = bundle(9, { elderMode: false }, undefined, { elderMode: "global v1" });
    manager.receive({ ...forged, signed: { ...forged.signed, sources: { elderMode: "kiosk:evil v9" } } });
    expect(manager.state()).toBe("rejected:untrusted-signature");
    expect(manager.applyVersion()).toBe(9);
    expect(manager.sources()).toEqual({ elderMode: "site:s1 v8", "services.hide": "global v2" });
    const digest = manager.digest();
    store.close();
    const again = await setup(dataDir);
    expect(again.manager.digest()).toBe(digest);
    expect(again.manager.sources()).toEqual({ elderMode: "site:s1 v8", "services.hide": "global v2" });
    again.store.close();
  });

  it("applies a verified bundle between sessions, and keeps it across restarts", async () => {
    const { store, sessions, manager, dataDir } = await setup();
    const { sessionId } = sessions.start();
    manager.receive(bundle(3, { site: "metro", kioskName: "东街口站 2号机" }));
    // A resident is mid-service: nothing changes under them.
    expect(manager.config().site).toBe("service-centre");
    sessions.end(sessionId, "done");
    await settle();
    expect(manager.config().site).toBe("metro");
    expect(manager.version()).toBe(3);
    expect(manager.state()).toBe("ok");
    // The catalog follows the new site: a metro kiosk issues no service-centre queue tickets.
    expect(manager.catalog().byId("queue-ticket")).toBeUndefined();
    store.close();
    const again = await setup(dataDir);
    expect(again.manager.config().kioskName).toBe("东街口站 2号机");
    expect(again.manager.version()).toBe(3);
    again.store.close();
  });

  it("tells its listener when there is something new to report: applied (after the session), refused, rolled back", async () => {
    const { store, sessions, manager } = await setup();
    const heard: (number | string | undefined)[] = [];
    const off = manager.onSettled(() => heard.push(`${String(manager.applyVersion())}:${String(manager.state())}`));
    const { sessionId } = sessions.start();
    manager.receive(bundle(3, { site: "metro" }));
    // Received, not applied: nothing changed yet that the fleet could see.
    expect(heard).toEqual([]);
    sessions.end(sessionId, "done");
    await settle();
    manager.receive(bundle(2, { site: "mall" }));
    manager.receive(bundle(4, { locales: ["zh-CN"], defaultLocale: "en" }));
    manager.rollBackOneStep();
    expect(heard).toEqual(["3:ok", "2:rejected:rollback", "4:rolled_back", "4:rolled_back"]);
    off();
    manager.receive(bundle(5, { site: "mall" }));
    expect(heard).toHaveLength(4);
    store.close();
  });

  it("refuses older versions, keeps running on a stale bundle, and rolls back a config that fails its self-test", async () => {
    const { store, manager } = await setup();
    manager.receive(bundle(5, { site: "mall" }));
    manager.receive(bundle(4, { site: "community" }));
    expect(manager.state()).toBe("rejected:rollback");
    manager.receive(bundle(6, { site: "community" }, "2020-01-01T00:00:00Z"));
    expect(manager.state()).toBe("config_stale");
    expect(manager.config().site).toBe("mall");
    // Valid by the schema, but the default language is not offered: the self-test refuses it.
    manager.receive(bundle(7, { locales: ["zh-CN"], defaultLocale: "en" }));
    expect(manager.state()).toBe("rolled_back");
    expect(manager.version()).toBe(5);
    expect(listConfigHistory(store.db, 10).map((r) => [r.version, r.status])).toEqual([
      [7, "rolled-back"],
      [6, "rejected"],
      [5, "committed"],
      [4, "rejected"],
    ]);
    store.close();
  });

  it("rolls back one step at a technician's request, to the committed version before, and keeps that across restarts", async () => {
    const { store, manager, dataDir } = await setup();
    expect(manager.rollBackOneStep()).toBeNull();
    manager.receive(bundle(2, { site: "mall" }));
    manager.receive(bundle(3, { site: "metro" }));
    expect(manager.version()).toBe(3);
    expect(manager.rollBackOneStep()).toEqual({ from: 3, to: 2 });
    expect(manager.config().site).toBe("mall");
    expect(manager.state()).toBe("rolled_back");
    store.close();
    const again = await setup(dataDir);
    expect(again.manager.version()).toBe(2);
    // One more step: no earlier committed version, so the built-in defaults.
    expect(again.manager.rollBackOneStep()).toEqual({ from: 2, to: 0 });
    expect(again.manager.config().site).toBe("service-centre");
    // The fleet's next, newer version still applies as usual.
    again.manager.receive(bundle(4, { site: "community" }));
    expect(again.manager.config().site).toBe("community");
    again.store.close();
  });
});
