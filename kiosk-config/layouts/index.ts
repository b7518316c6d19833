import type * as z from "zod";
import { CertificateData, certificateLayout } from "./certificate";
import type { LayoutDocument } from "./model";
import { maskName } from "./format";
import { PaymentReceiptData, paymentReceiptLayout } from "./payment-receipt";
import { QueryPrintoutData, queryPrintoutLayout } from "./query-printout";
import { QueueTicketData, queueTicketLayout } from "./queue-ticket";
import { inHant, ScriptField } from "./script";
import { SubmissionReceiptData, submissionReceiptLayout } from "./submission-receipt";

export * from "./certificate";
export * from "./format";
export * from "./model";
export * from "./payment-receipt";
export * from "./query-printout";
export * from "./queue-ticket";
export * from "./script";
export * from "./submission-receipt";

/** A layout: the schema of its data and a pure function from that data to blocks. */
export interface Layout<S extends z.ZodType> {
  schema: S;
  build: (data: z.infer<S>) => LayoutDocument;
  /**
   * Validates untrusted data against `schema`, then builds; throws LayoutDataError. Data with
   * `script: "hant"` prints in Traditional characters (script.ts).
   */
  render: (data: unknown) => LayoutDocument;
}

function defineLayout<S extends z.ZodType>(
  id: string,
  schema: S,
  build: (data: z.infer<S>) => LayoutDocument,
  /** The people's names in the data, printed as on the card in either script. */
  names: (data: z.infer<S>) => string[] = () => [],
): Layout<S> {
  return {
    schema,
    build,
    render: (data) => {
      const parsed = schema.safeParse(data);
      if (!parsed.success) {
        throw new LayoutDataError(
          id,
          parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
        );
      }
      const document = build(parsed.data);
      const { script } = ScriptField.parse(typeof data === "object" && data !== null ? data : {});
      return script === "hant" ? inHant(document, names(parsed.data)) : document;
    },
  };
}

/** Raised when layout data does not match its schema; names the layout and the fields. */
export class LayoutDataError extends Error {
  constructor(
    readonly layoutId: string,
    readonly issues: string[],
  ) {
    super(`layout ${layoutId}: invalid data (${issues.join("; ")})`);
    this.name = "LayoutDataError";
  }
}

/** Every printable layout by id (the ids services name in their `print` field). */
export const layouts = {
  "queue-ticket": defineLayout("queue-ticket", QueueTicketData, queueTicketLayout),
  "submission-receipt": defineLayout("submission-receipt", SubmissionReceiptData, submissionReceiptLayout, (d) => [
    maskName(d.applicant.name),
  ]),
  "query-printout": defineLayout("query-printout", QueryPrintoutData, queryPrintoutLayout),
  certificate: defineLayout("certificate", CertificateData, certificateLayout, (d) => [d.holderName]),
  "payment-receipt": defineLayout("payment-receipt", PaymentReceiptData, paymentReceiptLayout, (d) =>
    d.payer === undefined ? [] : [maskName(d.payer.name)],
  ),
};

export type LayoutId = keyof typeof layouts;
export const layoutIds = Object.keys(layouts) as LayoutId[];

/** Data of a layout, by id. */
export type LayoutData<Id extends LayoutId> = z.infer<(typeof layouts)[Id]["schema"]>;

export function isLayoutId(id: string): id is LayoutId {
  return Object.hasOwn(layouts, id);
}

/** Validates untrusted data against a layout's schema and builds its blocks. */
export function buildLayout(layoutId: string, data: unknown): LayoutDocument {
  if (!isLayoutId(layoutId)) throw new LayoutDataError(layoutId, ["unknown layout"]);
  return layouts[layoutId].render(data);
}
