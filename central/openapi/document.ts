import * as z from "zod";
import { documentOperations } from "./document-operations";
import { fleetOperations } from "./fleet-operations";
import { fleetRolloutOperations } from "./fleet-rollout-operations";
import { kioskOperations } from "./kiosk-operations";
import { managerOperations } from "./manager-operations";
import { paymentOperations } from "./payment-operations";
import { popularOperations } from "./popular-operations";
import { requestOperations } from "./request-operations";
import { smsOperations } from "./sms-operations";
import { updateSupportOperations } from "./update-support-operations";

const jsonSchema = (schema: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(schema, { io, unrepresentable: "any", target: "openapi-3.0" });

/** The OpenAPI 3.0 document, generated from the same zod schemas the routes validate with. */
export function buildOpenApi(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of [
    ...kioskOperations,
    ...fleetOperations,
    ...fleetRolloutOperations,
    ...managerOperations,
    ...updateSupportOperations,
    ...requestOperations,
    ...paymentOperations,
    ...popularOperations,
    ...smsOperations,
    ...documentOperations,
  ]) {
    // Route tables write parameters Fastify's way (`:id`); OpenAPI writes them `{id}`.
    const path = op.path.replace(/:(\w+)/g, "{$1}");
    const responses: Record<string, unknown> = {};
    for (const [status, r] of Object.entries(op.replies)) {
      responses[status] = {
        description: r.description,
        ...(r.schema ? { content: { "application/json": { schema: jsonSchema(r.schema, "output") } } } : {}),
      };
    }
    paths[path] = {
      ...paths[path],
      [op.method]: {
        summary: op.summary,
        security: op.auth === "none" ? [] : [{ [op.auth === "kiosk" ? "kioskToken" : "managerToken"]: [] }],
        parameters: [
          ...(op.headers ?? []).map((h) => ({
            in: "header",
            name: h.name,
            required: h.required,
            description: h.description,
            schema: { type: "string" },
          })),
          ...[...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
            in: "path",
            name: m[1],
            required: true,
            schema: { type: "string" },
          })),
        ],
        ...(op.request
          ? {
              requestBody: {
                required: true,
                content: { "application/json": { schema: jsonSchema(op.request, "input") } },
              },
            }
          : {}),
        responses,
      },
    };
  }
  return {
    openapi: "3.0.3",
    info: {
      title: "e福州 central service",
      version: "1",
      description: "The kiosk ↔ central contract: the zod schemas of central/protocol.ts.",
    },
    components: {
      securitySchemes: {
        kioskToken: { type: "http", scheme: "bearer", description: "token from POST /v1/enroll" },
        managerToken: { type: "http", scheme: "bearer", description: "CENTRAL_MANAGER_TOKEN" },
      },
    },
    paths,
  };
}
