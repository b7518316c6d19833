import { checkCharacter } from "../../idcard/id-number";
import type { CardType, IdentityRecord } from "../../idcard/identity";
import { NATION_CODES, nationFromCode, sexFromCode } from "../../idcard/tables";
import {
  FUZHOU_AREAS,
  GIVEN_CHARS,
  HMT_AREAS,
  LATIN_GIVEN,
  LATIN_SURNAMES,
  NATIONALITIES,
  STREETS,
  SURNAMES,
} from "./pools";
import type { Rng } from "./rng";

/** Options for generated identities. */
export interface GenerateOptions {
  /** "Today" for ages and validity periods; default the current date. */
  now?: Date;
}

const PHOTO = { format: "wlt", bytes: 1024 } as const;
const pad = (n: number, width: number): string => String(n).padStart(width, "0");
const iso = (d: Date): string =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
const compact = (isoDate: string): string => isoDate.replaceAll("-", "");

function randomDate(rng: Rng, fromYear: number, toYear: number): Date {
  return new Date(Date.UTC(rng.int(fromYear, toYear), rng.int(0, 11), rng.int(1, 28)));
}

function addYears(d: Date, years: number): Date {
  return new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()));
}

/** Resident-card validity by age at issue (GA 《居民身份证法》): 5/10/20 years, 长期 from 46. */
function validity(
  rng: Rng,
  birth: Date,
  now: Date,
  foreigner: boolean,
): { validFrom: string; validTo: string } {
  const ageNow = now.getUTCFullYear() - birth.getUTCFullYear();
  const from = randomDate(
    rng,
    Math.max(birth.getUTCFullYear() + 1, now.getUTCFullYear() - 4),
    now.getUTCFullYear() - 1,
  );
  const age = from.getUTCFullYear() - birth.getUTCFullYear();
  if (foreigner) return { validFrom: iso(from), validTo: iso(addYears(from, ageNow < 18 ? 5 : 10)) };
  const years = age < 16 ? 5 : age <= 25 ? 10 : age <= 45 ? 20 : 0;
  return { validFrom: iso(from), validTo: years === 0 ? "长期" : iso(addYears(from, years)) };
}

/** 17 digits + MOD 11-2 check; the sequence number is odd for men and even for women. */
function numberWithCheck(prefix: string, rng: Rng, sexCode: string): string {
  const seq = rng.int(0, 49) * 2 + (sexCode === "1" ? 1 : 0);
  const first17 = `${prefix}${pad(Math.max(seq, sexCode === "1" ? 1 : 2), 3)}`;
  return first17 + checkCharacter(first17);
}

function chineseName(rng: Rng): string {
  const given = rng.int(1, 2);
  let name = rng.pick(SURNAMES);
  for (let i = 0; i < given; i++) name += rng.pick(GIVEN_CHARS);
  return name;
}

function latinName(rng: Rng, maxLength: number): string {
  const parts = [rng.pick(LATIN_SURNAMES), rng.pick(LATIN_GIVEN)];
  while (rng.chance(0.4)) parts.push(rng.pick(LATIN_GIVEN));
  let name = parts.join(" ");
  while (name.length > maxLength) name = name.slice(0, name.lastIndexOf(" "));
  return name;
}

function fuzhouAddress(rng: Rng, district: string): string {
  return `福建省福州市${district}${rng.pick(STREETS)}${rng.int(1, 999)}号`;
}

/** A random plausible identity of the given card type, with correct check digits. */
export function generateIdentity(
  rng: Rng,
  cardType: CardType,
  options: GenerateOptions = {},
): IdentityRecord {
  const now = options.now ?? new Date();
  const birth = randomDate(rng, now.getUTCFullYear() - 80, now.getUTCFullYear() - 2);
  const birthDate = iso(birth);
  const sexCode = rng.chance(0.5) ? "1" : "2";
  const sex = sexFromCode(sexCode);
  switch (cardType) {
    case "resident": {
      const area = rng.pick(FUZHOU_AREAS);
      const nationCode = rng.chance(0.9) ? "01" : rng.pick(NATION_CODES);
      return {
        cardType,
        name: chineseName(rng),
        sex,
        sexCode,
        nationCode,
        nation: nationFromCode(nationCode),
        birthDate,
        address: fuzhouAddress(rng, area.district),
        idNumber: numberWithCheck(area.code + compact(birthDate), rng, sexCode),
        idNumberValid: true,
        authority: `福州市公安局${area.district.slice(0, -1)}分局`,
        ...validity(rng, birth, now, false),
        photo: PHOTO,
      };
    }
    case "hmt-permit": {
      const area = rng.pick(HMT_AREAS);
      const district = rng.pick(FUZHOU_AREAS).district;
      return {
        cardType,
        name: chineseName(rng),
        sex,
        sexCode,
        birthDate,
        address: fuzhouAddress(rng, district),
        idNumber: numberWithCheck(area.code + compact(birthDate), rng, sexCode),
        idNumberValid: true,
        authority: `福州市公安局${district.slice(0, -1)}分局`,
        ...validity(rng, birth, now, false),
        passNumber: `${area.passPrefix}${pad(rng.int(0, 99_999_999), 8)}`,
        issueCount: rng.int(1, 3),
        photo: PHOTO,
      };
    }
    case "foreign-2017": {
      const nationality = rng.pick(NATIONALITIES);
      const englishName = latinName(rng, 60);
      const zhName = rng.chance(0.5) ? chineseName(rng) : undefined;
      const record: IdentityRecord = {
        cardType,
        name: zhName ?? englishName,
        sex,
        sexCode,
        birthDate,
        idNumber: `${nationality.alpha3}35${compact(birthDate).slice(2)}${pad(rng.int(0, 9999), 4)}`,
        idNumberValid: true,
        authority: "3501",
        ...validity(rng, birth, now, true),
        englishName,
        nationality: nationality.alpha3,
        photo: PHOTO,
      };
      if (zhName !== undefined) record.chineseName = zhName;
      return record;
    }
    case "foreign-2023": {
      const nationality = rng.pick(NATIONALITIES);
      const englishName = latinName(rng, 46);
      const zhName = rng.chance(0.5) ? chineseName(rng) : undefined;
      const renewalCount = rng.int(0, 2);
      const record: IdentityRecord = {
        cardType,
        name: zhName ?? englishName,
        sex,
        sexCode,
        birthDate,
        idNumber: numberWithCheck(
          `935${nationality.numeric}${compact(birthDate)}`.slice(0, 14),
          rng,
          sexCode,
        ),
        idNumberValid: true,
        ...validity(rng, birth, now, true),
        englishName,
        nationality: nationality.numeric,
        renewalCount,
        photo: PHOTO,
      };
      if (zhName !== undefined) record.chineseName = zhName;
      if (renewalCount > 0) record.previousNumberLink = nationality.alpha3;
      return record;
    }
  }
}
