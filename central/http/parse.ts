import type * as z from "zod";
import { badRequest, describeIssues } from "./errors";

/** Parses a request part with its zod schema, or throws a 400 naming what was wrong. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw badRequest("invalid_body", describeIssues(result.error.issues));
  return result.data;
}
