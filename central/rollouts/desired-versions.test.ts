import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CentralDb, openCentralDb } from "../db/connect";
import { DesiredVersions } from "./desired-versions";
import { effectiveConfigFor } from "./effective-config";
import type { Placement } from "./layer-name";
import { publishLayer } from "./publish-layer";
import { actOnRollout, createRollout } from "./rollout-service";

let dir = "";
let central: CentralDb;
const now = new Date("2026-12-03T08:00:00Z");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "desired-versions-"));
  central = await openCentralDb(join(dir, "central.db"));
});
afterAll(async () => {
  await central.close();
  rmSync(dir, { recursive: true, force: true });
});

const bare: Placement = { id: "k-bare", site: null, district: null };
const kiosks: Placement[] = [
  { id: "k-pilot", site: "gulou-centre", district: "鼓楼区" },
  { id: "k-other", site: "gulou-centre", district: "鼓楼区" },
  { id: "k-own", site: "taijiang-1", district: null },
  bare,
];

/** The snapshot must give every kiosk the version the full effective config gives it. */
async function expectSameAsEffective(heads: DesiredVersions): Promise<number[]> {
  const versions: number[] = [];
  for (const k of kiosks) {
    const expected = (await effectiveConfigFor(central.db, k))?.version ?? 0;
    expect(await heads.versionFor(k), k.id).toBe(expected);
    versions.push(expected);
  }
  return versions;
}

describe("desired config versions from one snapshot of the layer heads", () => {
  it("agree with the effective config through layers, a pilot rollout and its rollback; clear() sees changes at once", async () => {
    const heads = new DesiredVersions(central.db, 60_000);
    expect(await expectSameAsEffective(heads)).toEqual([0, 0, 0, 0]);
    const g = await publishLayer(central.db, { layer: "global", config: { heartbeatSeconds: 60 } }, "t", now);
    // Cached for its TTL: the new global layer is not seen until cleared.
    expect(await heads.versionFor(bare)).toBe(0);
    heads.clear();
    await publishLayer(central.db, { layer: "district:鼓楼区", config: { defaultLocale: "en" } }, "t", now);
    const own = await publishLayer(
      central.db,
      { layer: "kiosk:k-own", config: { heartbeatSeconds: 30 } },
      "t",
      now,
    );
    heads.clear();
    const before = await expectSameAsEffective(heads);
    expect(before[2]).toBe(own.version);
    expect(before[3]).toBe(g.version);
    const rollout = await createRollout(
      central.db,
      {
        kind: "config",
        layer: "site:gulou-centre",
        config: { heartbeatSeconds: 45 },
        groups: [
          { name: "pilot", kiosks: ["k-pilot"], errorThresholdPercent: 0 },
          { name: "all", percent: 100, errorThresholdPercent: 0 },
        ],
      },
      "t",
      now,
    );
    heads.clear();
    const during = await expectSameAsEffective(heads);
    // Only the pilot runs the rollout's revision; the other kiosk of the site keeps its district's.
    expect(during[0]).toBe(rollout.config_version);
    expect(during[1]).toBe(before[1]);
    await actOnRollout(central.db, rollout.id, "rollback", "t", now);
    heads.clear();
    await expectSameAsEffective(heads);
  });
});
