import { authenticateKiosk } from "../auth/authenticate";
import { maskIdNumber } from "../../kiosk-config/identity/mask";
import { HttpError, unknownService, unprocessable } from "../http/errors";
import { parseOr400 } from "../http/parse";
import { QueryRequest, type QueryReply, ROUTES } from "../protocol";
import type { RouteModule } from "./types";

export const queryRoutes: RouteModule = (app, ctx) => {
  app.post<{ Params: { serviceId: string } }>(ROUTES.query, async (request) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const body = parseOr400(QueryRequest, request.body);
    const service = ctx.catalog.byId(request.params.serviceId);
    if (service === undefined) throw unknownService(request.params.serviceId);
    if (service.kind !== "query") {
      throw unprocessable("not_a_query", `"${service.id}" is not a query service`, "该事项不是查询类事项");
    }
    const answer = ctx.queries[service.id];
    if (answer === undefined) {
      throw new HttpError(
        503,
        "query_unavailable",
        "该查询暂不可用，请稍后再试",
        `no data source for "${service.id}"`,
      );
    }
    const now = ctx.now();
    // Answered and forgotten: query results are never stored, only the fact of the query.
    ctx.log.info(
      { kioskId: kiosk.id, serviceId: service.id, resident: maskIdNumber(body.identity.idNumber) },
      "query",
    );
    const rows = await answer(body.identity, body.params, now);
    const reply: QueryReply = { serviceId: service.id, rows, asOf: now.toISOString() };
    return reply;
  });
};
