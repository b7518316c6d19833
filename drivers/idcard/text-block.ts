import { CardDataError, UnsupportedCardError } from "./errors";
import { isValidForeign2017Number, isValidMod112 } from "./id-number";
import type { CardType, IdentityRecord } from "./identity";
import { nationFromCode, sexFromCode } from "./tables";
import {
  countField,
  dateField,
  field,
  optionalField,
  rawField,
  TEXT_BLOCK_SIZE,
  trimPadding,
  validToField,
} from "./text-fields";

/** Text offset of the card-type marker. */
const MARKER_OFFSET = 248;
const PHOTO = { format: "wlt", bytes: 1024 } as const;

/**
 * Reads the UCS-2 marker at text offset 248 and names the layout (README, "Text block and card
 * types").
 */
export function cardTypeOf(text: Uint8Array): CardType {
  const marker = (text[MARKER_OFFSET] ?? 0) | ((text[MARKER_OFFSET + 1] ?? 0) << 8);
  switch (marker) {
    case 0x0020:
    case 0x0000:
      return "resident";
    case 0x0049:
      return "foreign-2017";
    case 0x004a:
      return "hmt-permit";
    case 0x0059:
      return "foreign-2023";
    default:
      throw new UnsupportedCardError(marker);
  }
}

/**
 * Turns the 256-byte text block of a base read into the identity record of identity.ts.
 *
 * Throws CardDataError (naming the field, never its content) for malformed dates, and
 * UnsupportedCardError for an unknown layout marker. Never guesses a layout.
 */
export function parseTextBlock(text: Uint8Array): IdentityRecord {
  if (text.length !== TEXT_BLOCK_SIZE) throw new CardDataError("text block length");
  const cardType = cardTypeOf(text);
  switch (cardType) {
    case "resident":
      return parseResident(text);
    case "foreign-2017":
      return parseForeign2017(text);
    case "hmt-permit":
      return parseHmtPermit(text);
    case "foreign-2023":
      return parseForeign2023(text);
  }
}

function sex(text: Uint8Array, offset: number): Pick<IdentityRecord, "sex" | "sexCode"> {
  const sexCode = field(text, offset, 2);
  return { sex: sexFromCode(sexCode), sexCode };
}

function parseResident(text: Uint8Array): IdentityRecord {
  const nationCode = field(text, 32, 4);
  const idNumber = field(text, 122, 36);
  return {
    cardType: "resident",
    name: field(text, 0, 30),
    ...sex(text, 30),
    nationCode,
    nation: nationFromCode(nationCode),
    birthDate: dateField(text, 36, "birthDate"),
    address: field(text, 52, 70),
    idNumber,
    idNumberValid: isValidMod112(idNumber),
    authority: field(text, 158, 30),
    validFrom: dateField(text, 188, "validFrom"),
    validTo: validToField(text, 204),
    photo: PHOTO,
  };
}

function parseForeign2017(text: Uint8Array): IdentityRecord {
  const englishName = field(text, 0, 120);
  const chineseName = optionalField(text, 158, 30);
  const idNumber = field(text, 122, 30);
  return withoutUndefined({
    cardType: "foreign-2017",
    name: chineseName ?? englishName,
    ...sex(text, 120),
    birthDate: dateField(text, 220, "birthDate"),
    idNumber,
    idNumberValid: isValidForeign2017Number(idNumber),
    authority: field(text, 240, 8),
    validFrom: dateField(text, 188, "validFrom"),
    validTo: validToField(text, 204),
    englishName,
    chineseName,
    nationality: field(text, 152, 6),
    photo: PHOTO,
  });
}

function parseHmtPermit(text: Uint8Array): IdentityRecord {
  const idNumber = field(text, 122, 36);
  return withoutUndefined({
    cardType: "hmt-permit",
    name: field(text, 0, 30),
    ...sex(text, 30),
    birthDate: dateField(text, 36, "birthDate"),
    address: field(text, 52, 70),
    idNumber,
    idNumberValid: isValidMod112(idNumber),
    authority: field(text, 158, 30),
    validFrom: dateField(text, 188, "validFrom"),
    validTo: validToField(text, 204),
    passNumber: field(text, 220, 18),
    issueCount: countField(text, 238),
    photo: PHOTO,
  });
}

function parseForeign2023(text: Uint8Array): IdentityRecord {
  // Join the two English-name parts raw, then trim: a space at the boundary belongs to the name.
  const englishName = trimPadding(rawField(text, 52, 70) + rawField(text, 220, 22));
  const chineseName = optionalField(text, 0, 30);
  const idNumber = field(text, 122, 36);
  return withoutUndefined({
    cardType: "foreign-2023",
    name: chineseName ?? englishName,
    ...sex(text, 30),
    birthDate: dateField(text, 36, "birthDate"),
    idNumber,
    idNumberValid: isValidMod112(idNumber),
    validFrom: dateField(text, 188, "validFrom"),
    validTo: validToField(text, 204),
    englishName,
    chineseName,
    nationality: field(text, 242, 6),
    renewalCount: countField(text, 32),
    previousNumberLink: optionalField(text, 250, 6),
    photo: PHOTO,
  });
}

/** Drops keys whose value is undefined, so absent fields are absent and not `undefined`. */
function withoutUndefined(record: IdentityRecord): IdentityRecord {
  return Object.fromEntries(
    Object.entries(record as Record<string, unknown>).filter(([, v]) => v !== undefined),
  ) as IdentityRecord;
}
