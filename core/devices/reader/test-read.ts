import { ReaderError } from "../../../drivers/idcard/errors";
import type { SamReader } from "../../../drivers/idcard/sam-reader";
import { parseTextBlock } from "../../../drivers/idcard/text-block";
import { maskIdNumber } from "../../../kiosk-config/identity/mask";
import { maskName } from "../../../kiosk-config/layouts/format";

/** A card as the technician's test read shows it: masked, nothing that identifies the holder. */
export interface MaskedCard {
  cardType: string;
  name: string;
  idNumber: string;
  validTo: string;
}

export type TestReadResult =
  | { kind: "read"; card: MaskedCard }
  | { kind: "no-card" }
  | { kind: "failed"; zh: string; en: string }
  | { kind: "offline" }
  | { kind: "busy" }
  | { kind: "timeout" };

/**
 * Reads the card on the reader once (find, select, read) and keeps only its masked form: the full
 * record is dropped here, so a technician's test never puts a resident's data anywhere.
 */
export async function readOnce(reader: SamReader): Promise<TestReadResult> {
  try {
    if (!((await reader.find()) || (await reader.find()))) return { kind: "no-card" };
    await reader.select();
    const read = await reader.readBase();
    const record = parseTextBlock(read.text);
    return {
      kind: "read",
      card: {
        cardType: record.cardType,
        name: maskName(record.name),
        idNumber: maskIdNumber(record.idNumber),
        validTo: record.validTo,
      },
    };
  } catch (error) {
    if (error instanceof ReaderError) {
      const info = error.toInfo();
      return { kind: "failed", zh: info.zh, en: info.en };
    }
    return { kind: "failed", zh: "读卡失败", en: error instanceof Error ? error.message : String(error) };
  }
}
