import * as z from "zod";

/**
 * The four card families the ID-card reader's SAM can read: the resident card (居民身份证), the
 * 2017 foreigner's permanent residence card, the Hong Kong / Macao / Taiwan residence permit and
 * the 2023 foreigner's card. Core's API, the maintenance menu and the page name them from here.
 */
export const CARD_TYPES = ["resident", "foreign-2017", "hmt-permit", "foreign-2023"] as const;

export const CardType = z.enum(CARD_TYPES);
export type CardType = z.infer<typeof CardType>;
