import type { IdentityRecord } from "../../idcard/identity";

/** Card-type markers at text offset 248 (drivers/idcard/README.md, "Text block and card types"). */
const MARKER: Record<IdentityRecord["cardType"], string> = {
  resident: " ",
  "foreign-2017": "I",
  "hmt-permit": "J",
  "foreign-2023": "Y",
};

/** Writes `value` as UCS-2 into a fixed-width field padded with U+0020; throws if it does not fit. */
export function putField(block: Uint8Array, offset: number, bytes: number, value: string): void {
  const encoded = Buffer.from(value, "utf16le");
  if (encoded.length > bytes) throw new RangeError(`"${value}" does not fit in ${bytes} bytes at ${offset}`);
  for (let i = 0; i < bytes; i += 2) {
    block[offset + i] = 0x20;
    block[offset + i + 1] = 0x00;
  }
  block.set(encoded, offset);
}

const digits = (isoDate: string): string => isoDate.replaceAll("-", "");
const validTo = (value: string): string => (value === "长期" ? "长期" : digits(value));
const count = (n: number | undefined): string => (n === undefined ? "" : String(n).padStart(2, "0"));

/** Extra raw fields a card carries that the record does not keep. */
export interface TextExtras {
  /** 2017 foreigner card version at text offset 236; default "01". */
  cardVersion?: string;
}

/**
 * The inverse of the driver's text-block parser: lays an identity record out as the 256-byte
 * block of its card type, as a real card would carry it.
 */
export function encodeTextBlock(record: IdentityRecord, extras: TextExtras = {}): Uint8Array {
  const block = new Uint8Array(256);
  putField(block, 0, 256, "");
  const put = (offset: number, bytes: number, value: string | undefined): void => {
    putField(block, offset, bytes, value ?? "");
  };
  switch (record.cardType) {
    case "resident":
    case "hmt-permit":
      put(0, 30, record.name);
      put(30, 2, record.sexCode);
      put(32, 4, record.cardType === "resident" ? record.nationCode : "");
      put(36, 16, digits(record.birthDate));
      put(52, 70, record.address);
      put(122, 36, record.idNumber);
      put(158, 30, record.authority);
      put(188, 16, digits(record.validFrom));
      put(204, 16, validTo(record.validTo));
      if (record.cardType === "hmt-permit") {
        put(220, 18, record.passNumber);
        put(238, 4, count(record.issueCount));
      }
      break;
    case "foreign-2017":
      put(0, 120, record.englishName);
      put(120, 2, record.sexCode);
      put(122, 30, record.idNumber);
      put(152, 6, record.nationality);
      put(158, 30, record.chineseName);
      put(188, 16, digits(record.validFrom));
      put(204, 16, validTo(record.validTo));
      put(220, 16, digits(record.birthDate));
      put(236, 4, extras.cardVersion ?? "01");
      put(240, 8, record.authority);
      break;
    case "foreign-2023": {
      const english = (record.englishName ?? "").padEnd(46, " ");
      put(0, 30, record.chineseName);
      put(30, 2, record.sexCode);
      put(32, 4, count(record.renewalCount));
      put(36, 16, digits(record.birthDate));
      put(52, 70, english.slice(0, 35));
      put(122, 36, record.idNumber);
      put(188, 16, digits(record.validFrom));
      put(204, 16, validTo(record.validTo));
      put(220, 22, english.slice(35, 46).trimEnd());
      put(242, 6, record.nationality);
      put(250, 6, record.previousNumberLink);
      break;
    }
  }
  put(248, 2, MARKER[record.cardType]);
  return block;
}
