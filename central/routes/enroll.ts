import { countEnrollAttempt } from "../auth/address-limits";
import { appendAudit } from "../db/queries/audit";
import { enrollKiosk } from "../domain/enrollment";
import { HttpError } from "../http/errors";
import { parseOr400 } from "../http/parse";
import { EnrollRequest, ROUTES } from "../protocol";
import type { RouteModule } from "./types";

export const enrollRoutes: RouteModule = (app, ctx) => {
  app.post(ROUTES.enroll, async (request, reply) => {
    await countEnrollAttempt(ctx, request);
    const body = parseOr400(EnrollRequest, request.body);
    const enrolled = await enrollKiosk(ctx.db, body, ctx.now());
    if (enrolled === undefined) {
      throw new HttpError(
        403,
        "enrollment_code_invalid",
        "登记码无效、已使用或已过期",
        "enrollment code unknown, already used or expired",
      );
    }
    await appendAudit(ctx.db, {
      at: ctx.now().toISOString(),
      actor: `kiosk:${enrolled.kioskId}`,
      action: "kiosk.enroll",
      detail: { name: body.name },
    });
    ctx.metrics.enrollments.inc();
    ctx.log.info({ kioskId: enrolled.kioskId }, "kiosk enrolled");
    return reply.code(201).send(enrolled);
  });
};
