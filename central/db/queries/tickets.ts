import type { Kysely } from "kysely";
import type { CentralSchema } from "../schema";

export async function insertTicket(
  db: Kysely<CentralSchema>,
  row: {
    centreId: string;
    departmentId: string;
    day: string;
    seq: number;
    ticketNo: string;
    kioskId: string;
    issuedAt: string;
  },
): Promise<void> {
  await db
    .insertInto("tickets")
    .values({
      centre_id: row.centreId,
      department_id: row.departmentId,
      day: row.day,
      seq: row.seq,
      ticket_no: row.ticketNo,
      kiosk_id: row.kioskId,
      issued_at: row.issuedAt,
    })
    .execute();
}
