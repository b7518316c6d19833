import type { Kysely } from "kysely";

/**
 * Which answers of a 秒批 decision the kiosk read from a photographed document (出生医学证明)
 * rather than the resident typing them: a JSON list of field names, never their values. Null
 * for decisions made before, and for decisions with nothing read from a document.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("decisions").addColumn("document_fields", "text").execute();
}
