/** Field shapes used across the contract; not part of its public surface (the barrel leaves them out). */
import * as z from "zod";

export const isoDateTime = z.iso.datetime({ offset: true });
export const shortText = z.string().min(1).max(200);
