import { authenticateKiosk } from "../auth/authenticate";
import { issueTicket } from "../domain/tickets";
import { parseOr400 } from "../http/parse";
import { ROUTES, TicketRequest } from "../protocol";
import type { RouteModule } from "./types";

export const ticketRoutes: RouteModule = (app, ctx) => {
  app.post(ROUTES.tickets, async (request, reply) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const body = parseOr400(TicketRequest, request.body);
    return reply.code(201).send(await issueTicket(ctx, kiosk, body));
  });
};
