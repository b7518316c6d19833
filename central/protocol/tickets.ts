/** Queue tickets at a service centre. */
import * as z from "zod";
import { isoDateTime } from "./primitives";

export const TicketRequest = z.object({
  centreId: z.string().min(1).max(64),
  departmentId: z.string().min(1).max(64),
});
export type TicketRequest = z.infer<typeof TicketRequest>;

export const TicketReply = z.object({
  /** e.g. "A012": the department's letter and a per-day sequence. */
  ticketNo: z.string(),
  centreId: z.string(),
  departmentId: z.string(),
  waitingAhead: z.number().int().min(0),
  issuedAt: isoDateTime,
});
export type TicketReply = z.infer<typeof TicketReply>;
