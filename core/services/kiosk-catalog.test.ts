import { describe, expect, it } from "vitest";
import { KioskConfig } from "../../kiosk-config/config/schema";
import { kioskCatalog } from "./kiosk-catalog";

describe("kiosk catalog under the fleet's config", () => {
  const all = kioskCatalog(KioskConfig.parse({}));
  const some = all.services()[0];
  if (some === undefined) throw new Error("the default site offers no services");

  it("hides services by id and by category, in lists, lookups and most-used alike", () => {
    const byId = kioskCatalog(KioskConfig.parse({ services: { hide: [some.id] } }));
    expect(byId.byId(some.id)).toBeUndefined();
    expect(byId.services().map((s) => s.id)).not.toContain(some.id);
    expect(byId.mostUsed().map((s) => s.id)).not.toContain(some.id);
    expect(byId.services()).toHaveLength(all.services().length - 1);

    const byCategory = kioskCatalog(KioskConfig.parse({ services: { hideCategories: [some.category] } }));
    expect(byCategory.services().some((s) => s.category === some.category)).toBe(false);
    expect(byCategory.services().length).toBeGreaterThan(0);
  });

  it("overrides each service's offline policy per kind, and 'service' keeps the service's own", () => {
    const queued = all.services().find((s) => s.kind === "application" && s.offline === "queue");
    if (queued === undefined) throw new Error("no queued application in the default site");
    const strict = kioskCatalog(KioskConfig.parse({ offline: { application: "online-only" } }));
    expect(strict.byId(queued.id)?.offline).toBe("online-only");
    const kept = kioskCatalog(KioskConfig.parse({ offline: { application: "service" } }));
    expect(kept.byId(queued.id)?.offline).toBe("queue");
  });
});
