import type * as z from "zod";
import { ErrorReply } from "../protocol";

export type Auth = "none" | "kiosk" | "manager";

/** One route in the document: its schemas are the ones the route validates with. */
export interface Operation {
  method: "get" | "post" | "put" | "patch";
  path: string;
  summary: string;
  auth: Auth;
  request?: z.ZodType;
  replies: Record<number, { description: string; schema?: z.ZodType }>;
  headers?: { name: string; required: boolean; description: string }[];
}

export const err = (description: string) => ({ description, schema: ErrorReply });
/** Replies every authenticated route can give. */
export const common = {
  400: err(
    "malformed request, JSON nested deeper than 16 levels, or an answer longer than its question allows",
  ),
  401: err(
    "missing, wrong or revoked credential (kiosk_revoked); 429 with Retry-After after many from one address",
  ),
};
