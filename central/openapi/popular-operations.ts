import { POPULAR_ROUTES, PopularServicesReply } from "../protocol";
import { common, type Operation } from "./operation";

/** The most-used services at a kiosk's site, for its home screen's tiles. */
export const popularOperations: Operation[] = [
  {
    method: "get",
    path: POPULAR_ROUTES.popularServices,
    summary:
      "The calling kiosk's own site: services ranked by submissions and answered queries over the last 30 days (ETag; If-None-Match → 304)",
    auth: "kiosk",
    replies: {
      200: { description: "the ranking", schema: PopularServicesReply },
      304: { description: "unchanged since the ETag sent in If-None-Match" },
      401: common[401],
    },
  },
];
