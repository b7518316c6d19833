import { authenticateKiosk } from "../auth/authenticate";
import { findSubmission } from "../db/queries/submissions";
import { submit, submitMany } from "../domain/submit";
import { HttpError, notFound } from "../http/errors";
import {
  type BatchItemResult,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  MAX_BATCH_BYTES,
  MAX_BATCH_ITEMS,
  MAX_JSON_DEPTH,
  MAX_SUBMISSION_BYTES,
  ROUTES,
  type SubmissionReply,
  SubmissionStatus,
} from "../protocol";
import { jsonDepthOver } from "../http/json-depth";
import { parseOr400 } from "../http/parse";
import { openReply } from "../privacy/submission-fields";
import * as z from "zod";
import type { RouteModule } from "./types";

const headerKey = IDEMPOTENCY_KEY_HEADER.toLowerCase();
const LooseBatch = z.object({ items: z.array(z.unknown()).min(1).max(MAX_BATCH_ITEMS) });

export const submissionRoutes: RouteModule = (app, ctx) => {
  app.post(ROUTES.submissions, { bodyLimit: MAX_SUBMISSION_BYTES }, async (request, reply) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const key = request.headers[headerKey];
    const outcome = await submit(ctx, kiosk, typeof key === "string" ? key : undefined, request.body);
    if (outcome.replayed) void reply.header(IDEMPOTENT_REPLAYED_HEADER, "true");
    return reply.code(outcome.status).type("application/json; charset=utf-8").send(outcome.body);
  });

  // Each item follows the single route's rules, its id standing in for the Idempotency-Key; one
  // bad item never fails the others, so a long outbox drains past it.
  app.post(ROUTES.submissionsBatch, { bodyLimit: MAX_BATCH_BYTES }, async (request, reply) => {
    const kiosk = await authenticateKiosk(ctx, request);
    const { items } = parseOr400(LooseBatch, request.body);
    const ids = items.map((item) =>
      typeof item === "object" && item !== null && "id" in item && typeof item.id === "string" ? item.id : "",
    );
    // Depth first: JSON.stringify (the size check) recurses, so a deep item must never reach it.
    const refused = items.map((item): BatchItemResult["error"] => {
      if (jsonDepthOver(item, MAX_JSON_DEPTH)) {
        return {
          code: "too_deep",
          zh: "请求格式不正确",
          en: `item nested deeper than ${MAX_JSON_DEPTH} levels`,
        };
      }
      if (Buffer.byteLength(JSON.stringify(item)) > MAX_SUBMISSION_BYTES) {
        return {
          code: "too_large",
          zh: "提交内容过大",
          en: `item larger than ${MAX_SUBMISSION_BYTES} bytes`,
        };
      }
      return undefined;
    });
    const accepted = items.flatMap((raw, i) => (refused[i] === undefined ? [{ key: ids[i], raw }] : []));
    const outcomes = await submitMany(ctx, kiosk, accepted);
    let next = 0;
    const results: BatchItemResult[] = items.map((_, i) => {
      const id = ids[i] ?? "";
      const error = refused[i];
      if (error !== undefined)
        return { id, status: error.code === "too_large" ? 413 : 400, replayed: false, error };
      const outcome = outcomes[next++];
      if (outcome === undefined) throw new Error("batch outcome missing");
      return outcome instanceof HttpError
        ? { id, status: outcome.status, replayed: false, error: outcome.reason }
        : { id, status: outcome.status, replayed: outcome.replayed, reply: outcome.reply };
    });
    return reply.code(200).send({ results });
  });

  app.get<{ Params: { id: string } }>(ROUTES.submission, async (request) => {
    const kiosk = await authenticateKiosk(ctx, request);
    // Scoped to the caller: another kiosk's id is indistinguishable from a missing one (404).
    const row = await findSubmission(ctx.db, kiosk.id, request.params.id);
    if (row === undefined) throw notFound("submission");
    const stored = JSON.parse(
      openReply(ctx.sealer, { kioskId: row.kiosk_id, submissionId: row.id }, row.reply_sealed),
    ) as SubmissionReply;
    return { ...stored, status: SubmissionStatus.parse(row.status) } satisfies SubmissionReply;
  });
};
