/** The most-used services at a kiosk's site, which its home screen shows as tiles. */
import * as z from "zod";
import { isoDateTime } from "./primitives";

export const POPULAR_ROUTES = {
  /** Kiosk token; answers the ranking of the calling kiosk's own site, never another's. */
  popularServices: "/v1/services/popular",
} as const;

/** Days of use the ranking counts, ending now. */
export const POPULAR_WINDOW_DAYS = 30;
/** Longest ranking the service sends (the home screen shows far fewer tiles). */
export const MAX_POPULAR_SERVICES = 20;

export const PopularService = z.object({
  serviceId: z.string().min(1).max(100),
  /** Submissions plus answered queries at the site within the window. */
  uses: z.number().int().positive(),
});
export type PopularService = z.infer<typeof PopularService>;

export const PopularServicesReply = z.object({
  /** Start of the counted window (the reply's time minus POPULAR_WINDOW_DAYS). */
  since: isoDateTime,
  windowDays: z.number().int().positive(),
  /** Every use of a catalog service counted at the site in the window, listed or not: the kiosk's "too few" check. */
  total: z.number().int().nonnegative(),
  /** Most used first; ties by service id, so the order is stable between calls. */
  services: z.array(PopularService).max(MAX_POPULAR_SERVICES),
});
export type PopularServicesReply = z.infer<typeof PopularServicesReply>;
