import type { FastifyRequest } from "fastify";
import type { CentralContext } from "../context";

/**
 * The address a resident's phone reaches this service at, for the QR code: CENTRAL_PUBLIC_URL
 * where it is set (a kiosk may reach central on an internal address no phone can), else the
 * address the caller used to reach it — the service's own URL.
 */
export function publicBaseFor(ctx: Pick<CentralContext, "publicUrl">, request: FastifyRequest): string {
  return ctx.publicUrl ?? `${request.protocol}://${request.host}`;
}
