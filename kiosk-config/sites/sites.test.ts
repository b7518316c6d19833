import { describe, expect, it } from "vitest";
import { categories } from "../catalog/categories";
import { services } from "../services/index";
import {
  centreOnlyServices,
  mostUsedForSite,
  queueDepartmentsForSite,
  SiteId,
  servicesForSite,
  siteProfileById,
  siteProfiles,
} from "./index";

const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe("site profiles", () => {
  it("has exactly one profile per site id", () => {
    expect(siteProfiles.map((p) => p.id).sort()).toEqual([...SiteId.options].sort());
  });

  it("shows the whole catalog at a service centre, with every queue department", () => {
    expect(servicesForSite("service-centre")).toHaveLength(services.length);
    expect(ids(queueDepartmentsForSite("service-centre"))).toContain("social-insurance");
    expect(queueDepartmentsForSite("service-centre").length).toBeGreaterThanOrEqual(10);
  });

  it("offers the queue ticket and other counter services only at a service centre", () => {
    for (const site of ["metro", "mall", "community"] as const) {
      const shown = ids(servicesForSite(site));
      for (const id of centreOnlyServices) expect(shown, `${site} ${id}`).not.toContain(id);
      expect(queueDepartmentsForSite(site)).toEqual([]);
    }
    expect(ids(servicesForSite("service-centre"))).toContain("queue-ticket");
  });

  it("shows a smaller, fitting catalog away from the centre", () => {
    const metro = servicesForSite("metro");
    expect(metro.length).toBeLessThan(services.length);
    expect(ids(metro)).toContain("transit-card-balance");
    expect(ids(metro)).toContain("income-tax-record");
    expect(ids(metro)).not.toContain("marriage-appointment");
    const community = ids(servicesForSite("community"));
    expect(community).toContain("pension-eligibility-check");
    expect(community).toContain("senior-transit-card");
    expect(community).not.toContain("travel-permit-endorsement");
  });

  it("keeps catalog order and gives every site something in several categories", () => {
    const order = services.map((s) => s.id);
    for (const site of SiteId.options) {
      const shown = ids(servicesForSite(site));
      const positions = shown.map((id) => order.indexOf(id));
      expect(positions, site).toEqual([...positions].sort((a, b) => a - b));
      const cats = new Set(servicesForSite(site).map((s) => s.category));
      expect(cats.size, site).toBeGreaterThanOrEqual(5);
      expect([...cats].every((c) => categories.some((x) => x.id === c))).toBe(true);
    }
  });

  it("applies the fleet's hide and show on top of the profile", () => {
    expect(ids(servicesForSite("metro", { hide: ["traffic-violations"] }))).not.toContain(
      "traffic-violations",
    );
    expect(ids(servicesForSite("metro", { show: ["marriage-appointment"] }))).toContain(
      "marriage-appointment",
    );
  });

  it("lists most-used tiles that the site shows, in the profile's order", () => {
    for (const site of SiteId.options) {
      const tiles = ids(mostUsedForSite(site));
      expect(tiles.length, site).toBeGreaterThanOrEqual(4);
      expect(tiles).toEqual(siteProfileById(site).mostUsed.filter((id) => tiles.includes(id)));
    }
    expect(ids(mostUsedForSite("metro", { hide: ["bus-metro-routes"] }))).not.toContain("bus-metro-routes");
  });
});
