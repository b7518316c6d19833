import type { Kysely } from "kysely";
import type { CentralSchema, NewSubmission, SubmissionRow } from "../schema";

export async function findSubmission(
  db: Kysely<CentralSchema>,
  kioskId: string,
  id: string,
): Promise<SubmissionRow | undefined> {
  return db
    .selectFrom("submissions")
    .selectAll()
    .where("kiosk_id", "=", kioskId)
    .where("id", "=", id)
    .executeTakeFirst();
}

/** The caller's submissions among `ids`, by id (one query for a whole batch). */
export async function findSubmissions(
  db: Kysely<CentralSchema>,
  kioskId: string,
  ids: readonly string[],
): Promise<Map<string, SubmissionRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("submissions")
    .selectAll()
    .where("kiosk_id", "=", kioskId)
    .where("id", "in", [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Inserts many rows, skipping any whose (kiosk_id, id) exists; returns the ids this call created.
 * Rows must have distinct ids (the caller de-duplicates a batch first).
 */
export async function insertSubmissionsIfNew(
  db: Kysely<CentralSchema>,
  rows: readonly NewSubmission[],
): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await db
    .insertInto("submissions")
    .values([...rows])
    .onConflict((oc) => oc.columns(["kiosk_id", "id"]).doNothing())
    .returning("id")
    .execute();
  return new Set(inserted.map((r) => r.id));
}

/**
 * Inserts unless (kiosk_id, id) exists; true when this call created the row.
 *
 * Why ON CONFLICT DO NOTHING: on PostgreSQL a concurrent insert of the same key waits for the
 * other transaction and then does nothing, so concurrent duplicates leave exactly one record.
 */
export async function insertSubmissionIfNew(db: Kysely<CentralSchema>, row: NewSubmission): Promise<boolean> {
  const inserted = await db
    .insertInto("submissions")
    .values(row)
    .onConflict((oc) => oc.columns(["kiosk_id", "id"]).doNothing())
    .returning("id")
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Rewrites a just-inserted submission's outcome (inside the transaction that inserted it). */
export async function updateSubmissionOutcome(
  db: Kysely<CentralSchema>,
  row: { kioskId: string; id: string; status: string; replySealed: string },
): Promise<void> {
  await db
    .updateTable("submissions")
    .set({ status: row.status, reply_sealed: row.replySealed })
    .where("kiosk_id", "=", row.kioskId)
    .where("id", "=", row.id)
    .execute();
}

export async function insertDecision(
  db: Kysely<CentralSchema>,
  row: {
    kioskId: string;
    submissionId: string;
    ruleSet: string;
    outcome: string;
    reasonsSealed: string;
    decidedAt: string;
    /** Field names whose answers were read from a document, when any were. */
    documentFields?: readonly string[];
  },
): Promise<void> {
  await db
    .insertInto("decisions")
    .values({
      document_fields: row.documentFields?.length ? JSON.stringify(row.documentFields) : null,
      kiosk_id: row.kioskId,
      submission_id: row.submissionId,
      rule_set: row.ruleSet,
      outcome: row.outcome,
      reasons_sealed: row.reasonsSealed,
      decided_at: row.decidedAt,
    })
    .execute();
}

/** Records that `subjectKey` was granted `serviceId`; false when it already was. */
export async function insertGrantIfNew(
  db: Kysely<CentralSchema>,
  row: { serviceId: string; subjectKey: string; kioskId: string; submissionId: string; grantedAt: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto("grants")
    .values({
      service_id: row.serviceId,
      subject_key: row.subjectKey,
      kiosk_id: row.kioskId,
      submission_id: row.submissionId,
      granted_at: row.grantedAt,
    })
    .onConflict((oc) => oc.columns(["service_id", "subject_key"]).doNothing())
    .returning("subject_key")
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function hasGrant(
  db: Kysely<CentralSchema>,
  serviceId: string,
  subjectKey: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("grants")
    .select("subject_key")
    .where("service_id", "=", serviceId)
    .where("subject_key", "=", subjectKey)
    .executeTakeFirst();
  return row !== undefined;
}

export async function countSubmissions(
  db: Kysely<CentralSchema>,
  kioskId: string,
  id: string,
): Promise<number> {
  const row = await db
    .selectFrom("submissions")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("kiosk_id", "=", kioskId)
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
