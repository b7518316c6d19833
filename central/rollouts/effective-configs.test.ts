import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CentralDb, openCentralDb } from "../db/connect";
import { effectiveConfigFor } from "./effective-config";
import { EffectiveConfigs } from "./effective-configs";
import type { Placement } from "./layer-name";
import { publishLayer } from "./publish-layer";

let dir = "";
let central: CentralDb;
const now = new Date("2026-12-03T08:00:00Z");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "effective-configs-"));
  central = await openCentralDb(join(dir, "central.db"));
});
afterAll(async () => {
  await central.close();
  rmSync(dir, { recursive: true, force: true });
});

const a: Placement = { id: "k-a", site: "gulou-centre", district: "鼓楼区" };
const b: Placement = { id: "k-b", site: "gulou-centre", district: "鼓楼区" };
const own: Placement = { id: "k-own", site: "gulou-centre", district: "鼓楼区" };

describe("effective configs shared by revisions", () => {
  it("serves kiosks on the same revisions one config, each kiosk's own where it has a layer, always the current one", async () => {
    const configs = new EffectiveConfigs(central.db);
    expect(await configs.for(a)).toBeUndefined();

    await publishLayer(central.db, { layer: "global", config: { heartbeatSeconds: 60 } }, "t", now);
    await publishLayer(central.db, { layer: "district:鼓楼区", config: { defaultLocale: "en" } }, "t", now);
    await publishLayer(central.db, { layer: "kiosk:k-own", config: { heartbeatSeconds: 30 } }, "t", now);
    const forA = await configs.for(a);
    expect(forA).toEqual(await effectiveConfigFor(central.db, a));
    // The same object: worked out once for both kiosks.
    expect(await configs.for(b)).toBe(forA);
    const forOwn = await configs.for(own);
    expect(forOwn?.body).toEqual({ heartbeatSeconds: 30, defaultLocale: "en" });
    expect(forOwn).not.toBe(forA);

    // A new revision is seen by the very next pull, merged once for both kiosks.
    const site = await publishLayer(
      central.db,
      { layer: "site:gulou-centre", config: { elderMode: true } },
      "t",
      now,
    );
    const fresh = await configs.for(a);
    expect(fresh?.version).toBe(site.version);
    expect(fresh?.body).toMatchObject({ elderMode: true });
    expect(fresh).toEqual(await effectiveConfigFor(central.db, a));
    expect(await configs.for(b)).toBe(fresh);
  });
});
