import * as z from "zod";
import { CategoryId } from "../catalog/categories";
import { LocalizedText } from "../services/model/text";

/** The four kinds of place a kiosk stands in; the same values as the config's `site`. */
export const SiteId = z.enum(["metro", "mall", "service-centre", "community"]);
export type SiteId = z.infer<typeof SiteId>;

/**
 * What a kind of site shows. The services shown are the listed categories plus the listed
 * services, minus the excluded ones, in catalog order; fleet config may then hide more.
 */
export const SiteProfile = z.object({
  id: SiteId,
  name: LocalizedText,
  /** Whole categories shown; default none. */
  categories: z.array(CategoryId).default([]),
  /** Single services shown beyond those categories; default none. */
  services: z.array(z.string()).default([]),
  /** Services never shown here, even inside a listed category; default none. */
  exclude: z.array(z.string()).default([]),
  /** Services on the home screen's "most used" tiles, in order (at most 8: elder mode shows fewer). */
  mostUsed: z.array(z.string()).max(8),
  /** Department ids the queue ticket offers here; default none (no 取号 away from a centre). */
  queueDepartments: z.array(z.string()).default([]),
});
export type SiteProfile = z.infer<typeof SiteProfile>;
export type SiteProfileInput = z.input<typeof SiteProfile>;
