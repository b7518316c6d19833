/**
 * The kiosk ↔ central wire contract, as zod schemas (described as OpenAPI by central/openapi.ts).
 *
 * Both sides import this one module so they cannot disagree: the central service validates every
 * request with it, the kiosk's sync client validates every reply with it. It imports only zod
 * because it runs inside the kiosk (and may be bundled for the page): nothing server-side here.
 */
export * from "./protocol/routes";
export * from "./protocol/shared";
export * from "./protocol/enrollment";
export * from "./protocol/submissions";
export * from "./protocol/heartbeat";
export * from "./protocol/signed";
export * from "./protocol/tickets";
export * from "./protocol/queries";
export * from "./protocol/retry";
export * from "./protocol/updates";
export * from "./protocol/support";
export * from "./protocol/payments";
export * from "./protocol/popular";
export * from "./protocol/sms";
export * from "./protocol/documents";
export * from "./protocol/requests";
