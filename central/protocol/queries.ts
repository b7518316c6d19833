/** Query services: answered live, shown and printed on the kiosk, stored by neither side. */
import * as z from "zod";
import { isoDateTime } from "./primitives";
import { BilingualText, Identity } from "./shared";

export const QueryRequest = z.object({
  /**
   * The card holder; absent for a query whose service takes identity as optional or none (12345
   * progress by tracking number). Central refuses its absence for every other query.
   */
  identity: Identity.optional(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
});
export type QueryRequest = z.input<typeof QueryRequest>;

/**
 * One line of an answer. `value` is what every kiosk reads (older kiosks know nothing else); a
 * value that is words or has a unit also comes as `text` in both languages, so a kiosk shows and
 * prints only the resident's language instead of "正常参保 / Active".
 */
export const QueryRow = z.object({ label: BilingualText, value: z.string(), text: BilingualText.optional() });
export type QueryRow = z.infer<typeof QueryRow>;

/** Shown and printed on the kiosk, never stored there nor by the service. */
export const QueryReply = z.object({
  serviceId: z.string(),
  rows: z.array(QueryRow),
  asOf: isoDateTime,
});
export type QueryReply = z.infer<typeof QueryReply>;
