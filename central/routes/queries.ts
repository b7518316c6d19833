import { randomUUID } from "node:crypto";
import { nameContradictsRegister } from "../access/name-check";
import { admitQuery } from "../access/query-quota";
import { RetryLater } from "../auth/address-limits";
import { authenticateKiosk } from "../auth/authenticate";
import { maskIdNumber } from "../../kiosk-config/identity/mask";
import { insertQueryAudit, setQueryOutcome } from "../db/queries/query-audit";
import { HttpError, unknownService, unprocessable } from "../http/errors";
import { parseOr400 } from "../http/parse";
import { QueryRequest, type QueryReply, ROUTES } from "../protocol";
import type { RouteModule } from "./types";

export const queryRoutes: RouteModule = (app, ctx) => {
  app.post<{ Params: { serviceId: string } }>(ROUTES.query, async (request) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const body = parseOr400(QueryRequest, request.body);
    const now = ctx.now();
    const identity = body.identity;
    // A query without a card (12345 progress) is counted and audited per kiosk, as one resident.
    const resident =
      identity === undefined
        ? { residentHash: `anonymous:${kiosk.id}`, residentMasked: "-" }
        : {
            residentHash: ctx.hashResident(identity.idNumber),
            residentMasked: maskIdNumber(identity.idNumber),
          };
    const serviceId = request.params.serviceId.slice(0, 100);
    // Every query leaves an audit row, refused ones too; only the resident's hash and mask.
    const audit = (outcome: string) =>
      insertQueryAudit(ctx.db, {
        id: randomUUID(),
        at: now.toISOString(),
        kiosk_id: kiosk.id,
        service_id: serviceId,
        resident_hash: resident.residentHash,
        resident_masked: resident.residentMasked,
        outcome,
      });
    const service = ctx.catalog.byId(serviceId);
    if (service === undefined) {
      await audit("unknown_service");
      throw unknownService(serviceId);
    }
    if (service.kind !== "query") {
      await audit("unknown_service");
      throw unprocessable("not_a_query", `"${service.id}" is not a query service`, "该事项不是查询类事项");
    }
    if (identity === undefined && service.identity !== "optional" && service.identity !== "none") {
      await audit("identity_required");
      throw unprocessable(
        "identity_required",
        `"${service.id}" answers only for the card holder`,
        "办理此事项需要先读取身份证",
      );
    }
    const answer = ctx.queries[service.id];
    if (answer === undefined) {
      await audit("unavailable");
      throw new HttpError(
        503,
        "query_unavailable",
        "该查询暂不可用，请稍后再试",
        `no data source for "${service.id}"`,
      );
    }
    const mismatch = identity !== undefined && nameContradictsRegister(ctx.reference, identity);
    const admission = await admitQuery(ctx.db, ctx.limits.queryResidents, {
      kioskId: kiosk.id,
      serviceId: service.id,
      ...resident,
      at: now,
      outcome: mismatch ? "name_mismatch" : "answered",
    });
    const logged = { kioskId: kiosk.id, serviceId: service.id, resident: resident.residentMasked };
    if (admission.kind === "limited") {
      const { max, windowMs } = ctx.limits.queryResidents;
      if (admission.alerted) ctx.log.warn({ ...logged, max }, "alert: kiosk reached its query limit");
      throw new RetryLater(
        admission.retryAfterSeconds,
        "query_limit",
        "查询服务繁忙，请稍后再试",
        `this kiosk has queried ${admission.residents} residents in ${windowMs / 60_000} minutes (limit ${max})`,
      );
    }
    if (mismatch) {
      ctx.log.warn(logged, "query refused: name does not match the register");
      throw unprocessable(
        "identity_mismatch",
        "the name does not match the register's record for this ID number",
        "姓名与登记信息不符，请持本人身份证办理或到人工窗口咨询",
      );
    }
    // Answered and forgotten: query results are never stored, only the fact of the query.
    ctx.log.info(logged, "query");
    try {
      const rows = await answer(identity, body.params, now);
      const reply: QueryReply = { serviceId: service.id, rows, asOf: now.toISOString() };
      return reply;
    } catch (error) {
      await setQueryOutcome(ctx.db, admission.auditId, "failed");
      throw error;
    }
  });
};
