import * as z from "zod";

/** The four card families the SAM can read, told apart by the marker at text offset 248. */
export const CardType = z.enum(["resident", "foreign-2017", "hmt-permit", "foreign-2023"]);
export type CardType = z.infer<typeof CardType>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * The identity record: one plain, serialisable object per
 * read, living in memory for one resident's session. The WLT photo is never inside it, only
 * its metadata.
 */
export const IdentityRecord = z
  .object({
    cardType: CardType,
    name: z.string(),
    sex: z.enum(["男", "女", "未知", "未说明"]),
    sexCode: z.string(),
    nationCode: z.string().optional(),
    nation: z.string().optional(),
    birthDate: isoDate,
    address: z.string().optional(),
    idNumber: z.string(),
    idNumberValid: z.boolean(),
    authority: z.string().optional(),
    validFrom: isoDate,
    validTo: z.union([isoDate, z.literal("长期")]),
    englishName: z.string().optional(),
    chineseName: z.string().optional(),
    nationality: z.string().optional(),
    passNumber: z.string().optional(),
    issueCount: z.number().int().nonnegative().optional(),
    renewalCount: z.number().int().nonnegative().optional(),
    previousNumberLink: z.string().optional(),
    photo: z.object({ format: z.literal("wlt"), bytes: z.literal(1024) }),
  })
  .strict();
export type IdentityRecord = z.infer<typeof IdentityRecord>;

/** `3501**********123X`: first 4 and last 4 characters, the rest masked (for logs and summaries). */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 8) return "*".repeat(idNumber.length);
  return `${idNumber.slice(0, 4)}${"*".repeat(idNumber.length - 8)}${idNumber.slice(-4)}`;
}
