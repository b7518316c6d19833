import * as z from "zod";
import { formatFuzhouTime } from "./format";
import type { LayoutBlock, LayoutDocument } from "./model";

/** Data of a query printout (查询结果): rows of label and value, as the service returned them. */
export const QueryPrintoutData = z.object({
  title: z.string().min(1).max(60),
  rows: z
    .array(z.object({ label: z.string().min(1).max(40), value: z.string().max(200) }))
    .min(1)
    .max(200),
  queriedAt: z.iso.datetime({ offset: true }),
  kioskName: z.string().min(1).max(40),
  /** A closing remark, e.g. the data source; default none. */
  note: z.string().max(200).optional(),
});
export type QueryPrintoutData = z.infer<typeof QueryPrintoutData>;

export function queryPrintoutLayout(data: QueryPrintoutData): LayoutDocument {
  return {
    blocks: [
      { kind: "text", text: data.title, align: "center", bold: true, size: { width: 1, height: 2 } },
      { kind: "rule" },
      ...data.rows.map(
        (r): LayoutBlock => ({
          kind: "columns",
          cells: [
            { text: r.label, weight: 2 },
            { text: r.value, weight: 3 },
          ],
        }),
      ),
      { kind: "rule" },
      ...(data.note === undefined ? [] : [{ kind: "text", text: data.note } satisfies LayoutBlock]),
      {
        kind: "columns",
        cells: [{ text: "查询时间 Queried" }, { text: formatFuzhouTime(data.queriedAt), align: "right" }],
      },
      { kind: "columns", cells: [{ text: "终端 Kiosk" }, { text: data.kioskName, align: "right" }] },
    ],
  };
}
