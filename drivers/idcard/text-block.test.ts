import { describe, expect, it } from "vitest";
import { cardFromRecord, generateCard } from "../sim/identities/cards";
import { seededRng } from "../sim/identities/rng";
import { putField } from "../sim/identities/text-encode";
import { CardDataError, UnsupportedCardError } from "./errors";
import { replyFromBody } from "./frame";
import { goldenResidentReply } from "./golden.fixture";
import { IdentityRecord } from "./identity";
import { parseReadData } from "./read-reply";
import { cardTypeOf, parseTextBlock } from "./text-block";

function block(fields: [number, number, string][], marker = " "): Uint8Array {
  const text = new Uint8Array(256);
  putField(text, 0, 256, "");
  for (const [offset, bytes, value] of fields) putField(text, offset, bytes, value);
  putField(text, 248, 2, marker);
  return text;
}

const goldenText = (): Uint8Array => {
  const reply = replyFromBody(goldenResidentReply().subarray(7, -1));
  return parseReadData("30 01", reply!.data, false).text;
};

describe("parseTextBlock — resident", () => {
  it("turns the golden card into its record", () => {
    expect(parseTextBlock(goldenText())).toEqual({
      cardType: "resident",
      name: "测试样例",
      sex: "男",
      sexCode: "1",
      nationCode: "01",
      nation: "汉",
      birthDate: "1990-01-01",
      address: "福建省福州市鼓楼区测试路1号",
      idNumber: "350102199001010016",
      idNumberValid: true,
      authority: "福州市公安局鼓楼分局",
      validFrom: "2020-01-01",
      validTo: "2030-01-01",
      photo: { format: "wlt", bytes: 1024 },
    });
  });

  const resident = (overrides: Record<number, string> = {}): Uint8Array => {
    const fields: Record<number, [number, string]> = {
      0: [30, "样例"],
      30: [2, "2"],
      32: [4, "01"],
      36: [16, "19700101"],
      52: [70, "福建省福州市台江区样例街2号"],
      122: [36, "350121197001010032"],
      158: [30, "福州市公安局台江分局"],
      188: [16, "20160101"],
      204: [16, "20360101"],
    };
    return block(
      Object.entries(fields).map(
        ([o, [b, v]]) => [Number(o), b, overrides[Number(o)] ?? v] as [number, number, string],
      ),
    );
  };

  it("reads 长期 validity", () => {
    expect(parseTextBlock(resident({ 204: "长期" })).validTo).toBe("长期");
  });

  it("keeps an unknown sex code raw with sex 未知", () => {
    expect(parseTextBlock(resident({ 30: "7" }))).toMatchObject({ sexCode: "7", sex: "未知" });
    expect(parseTextBlock(resident({ 30: "9" }))).toMatchObject({ sexCode: "9", sex: "未说明" });
    expect(parseTextBlock(resident({ 30: "0" }))).toMatchObject({ sexCode: "0", sex: "未知" });
  });

  it("shows nation codes outside GB 3304 raw (59, 60 and others)", () => {
    expect(parseTextBlock(resident({ 32: "59" })).nation).toBe("59");
    expect(parseTextBlock(resident({ 32: "60" })).nation).toBe("60");
    expect(parseTextBlock(resident({ 32: "46" })).nation).toBe("德昂");
    expect(parseTextBlock(resident({ 32: "31" })).nation).toBe("达斡尔");
    expect(parseTextBlock(resident({ 32: "98" })).nation).toBe("外国血统中国籍人士");
  });

  it("flags a wrong check digit without correcting it", () => {
    const record = parseTextBlock(resident({ 122: "350102198506150011" }));
    expect(record).toMatchObject({ idNumber: "350102198506150011", idNumberValid: false });
  });

  it("names the field, not its content, for a malformed date", () => {
    expect(() => parseTextBlock(resident({ 36: "1970AB01" }))).toThrow(CardDataError);
    expect(() => parseTextBlock(resident({ 36: "19701301" }))).toThrow(/birthDate/);
    expect(() => parseTextBlock(resident({ 188: "长期" }))).toThrow(/validFrom/);
    const error = ((): unknown => {
      try {
        parseTextBlock(resident({ 204: "2036XX01" }));
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CardDataError);
    expect((error as CardDataError).field).toBe("validTo");
    expect((error as CardDataError).message).not.toContain("2036");
  });

  it("treats marker 00 00 as resident and rejects unknown markers", () => {
    const text = resident();
    text[248] = 0;
    text[249] = 0;
    expect(cardTypeOf(text)).toBe("resident");
    text[248] = 0x5a; // "Z"
    expect(() => parseTextBlock(text)).toThrow(UnsupportedCardError);
  });

  it("refuses a block of the wrong size", () => {
    expect(() => parseTextBlock(new Uint8Array(255))).toThrow(CardDataError);
  });
});

describe("parseTextBlock — other layouts", () => {
  it("reads a 2017 foreigner card (I), with and without a Chinese name", () => {
    const fields: [number, number, string][] = [
      [0, 120, "SMITH JOHN PAUL"],
      [120, 2, "1"],
      [122, 30, "USA350101123456"],
      [152, 6, "USA"],
      [188, 16, "20200101"],
      [204, 16, "20300101"],
      [220, 16, "19850615"],
      [236, 4, "01"],
      [240, 8, "3501"],
    ];
    const withoutZh = parseTextBlock(block(fields, "I"));
    expect(withoutZh).toEqual({
      cardType: "foreign-2017",
      name: "SMITH JOHN PAUL",
      sex: "男",
      sexCode: "1",
      birthDate: "1985-06-15",
      idNumber: "USA350101123456",
      idNumberValid: true,
      authority: "3501",
      validFrom: "2020-01-01",
      validTo: "2030-01-01",
      englishName: "SMITH JOHN PAUL",
      nationality: "USA",
      photo: { format: "wlt", bytes: 1024 },
    });
    expect("chineseName" in withoutZh).toBe(false);
    const withZh = parseTextBlock(block([...fields, [158, 30, "史密斯"]], "I"));
    expect(withZh).toMatchObject({ name: "史密斯", chineseName: "史密斯", englishName: "SMITH JOHN PAUL" });
  });

  it("reads a Hong Kong/Macau/Taiwan permit (J) without a nation field", () => {
    const record = parseTextBlock(
      block(
        [
          [0, 30, "样例"],
          [30, 2, "2"],
          [36, 16, "19900101"],
          [52, 70, "福建省福州市仓山区示范路3号"],
          [122, 36, "810000199001010027"],
          [158, 30, "福州市公安局仓山分局"],
          [188, 16, "20200101"],
          [204, 16, "20250101"],
          [220, 18, "H12345678"],
          [238, 4, "02"],
        ],
        "J",
      ),
    );
    expect(record).toEqual({
      cardType: "hmt-permit",
      name: "样例",
      sex: "女",
      sexCode: "2",
      birthDate: "1990-01-01",
      address: "福建省福州市仓山区示范路3号",
      idNumber: "810000199001010027",
      idNumberValid: true,
      authority: "福州市公安局仓山分局",
      validFrom: "2020-01-01",
      validTo: "2025-01-01",
      passNumber: "H12345678",
      issueCount: 2,
      photo: { format: "wlt", bytes: 1024 },
    });
    expect(record.nation).toBeUndefined();
  });

  it("drops a blank issue count", () => {
    const record = parseTextBlock(
      block(
        [
          [30, 2, "1"],
          [36, 16, "19900101"],
          [188, 16, "20200101"],
          [204, 16, "20250101"],
        ],
        "J",
      ),
    );
    expect("issueCount" in record).toBe(false);
  });

  it("reads a 2023 foreigner card (Y), keeping a space at the English-name boundary", () => {
    // Part one is 35 characters whose last one is a space: trimming it alone would glue two words.
    const record = parseTextBlock(
      block(
        [
          [30, 2, "2"],
          [32, 4, "01"],
          [36, 16, "19850615"],
          [52, 70, "ALEXANDROPOULOS MAXIMILIAN ALEXAND "],
          [122, 36, "935840198506150027"],
          [188, 16, "20240101"],
          [204, 16, "20340101"],
          [220, 22, "SOFIA"],
          [242, 6, "840"],
          [250, 6, "USA"],
        ],
        "Y",
      ),
    );
    expect(record).toMatchObject({
      cardType: "foreign-2023",
      name: "ALEXANDROPOULOS MAXIMILIAN ALEXAND SOFIA",
      englishName: "ALEXANDROPOULOS MAXIMILIAN ALEXAND SOFIA",
      sex: "女",
      renewalCount: 1,
      nationality: "840",
      previousNumberLink: "USA",
      idNumber: "935840198506150027",
      idNumberValid: true,
    });
    expect("chineseName" in record).toBe(false);
    expect("address" in record).toBe(false);
  });
});

describe("generated cards round-trip through the parser", () => {
  it.each(["resident", "foreign-2017", "hmt-permit", "foreign-2023"] as const)(
    "%s: 300 seeded cards",
    (type) => {
      const rng = seededRng(467);
      for (let i = 0; i < 300; i++) {
        const card = generateCard(rng, type, { now: new Date("2026-06-01") });
        const parsed = parseTextBlock(card.text);
        expect(parsed).toEqual(card.record);
        expect(IdentityRecord.parse(parsed)).toEqual(parsed);
        expect(parsed.idNumberValid).toBe(true);
        if (type !== "foreign-2017") expect(parsed.idNumber).toMatch(/^(3501|8[123]0000|9)\d+/);
      }
    },
  );

  it("is reproducible from its seed", () => {
    const a = generateCard(seededRng(1), "resident");
    const b = generateCard(seededRng(1), "resident");
    const c = generateCard(seededRng(2), "resident");
    expect(a.record).toEqual(b.record);
    expect(a.record).not.toEqual(c.record);
  });

  it("builds the card of a hand-written record", () => {
    const record = parseTextBlock(goldenText());
    const card = cardFromRecord(record, seededRng(3));
    expect(card.text).toEqual(goldenText());
  });
});
