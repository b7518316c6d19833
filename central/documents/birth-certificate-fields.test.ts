import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { certificateNoFromLatin, extractBirthCertificate, fuzzyIndexOf } from "./birth-certificate-fields";
import { linesFromText, parseTesseractTsv, parseTesseractWords } from "./ocr-text";

// Real Tesseract 5.3 output (chi_sim, --psm 6, TSV) of synthetic certificates rendered by
// test/support/certificates: 000 and 001 clean, 004–006 tilted, noisy and glared. Taken with
// Tesseract's default global threshold, before the reader moved to Sauvola's: worse readings than
// the reader now gets, which is what the extraction's tolerance is for.
const fixture = (n: string) =>
  extractBirthCertificate(
    parseTesseractTsv(readFileSync(join(import.meta.dirname, "fixtures", `certificate-${n}.tsv`), "utf8")),
  );

describe("extractBirthCertificate on Tesseract's output", () => {
  it("reads all four values of a clean certificate, each with a confidence", () => {
    const f = fixture("000");
    expect(f.certificateNo?.value).toBe("Q366126820");
    expect(f.childName?.value).toBe("刘乐乐");
    expect(f.childSex?.value).toBe("male");
    expect(f.childBirthDate?.value).toBe("2026-09-28");
    for (const read of Object.values(f)) expect(read.confidence).toBeGreaterThan(0.5);
  });

  it("trusts a well-formed number beside its label even when Tesseract scored the word 0", () => {
    const f = fixture("001");
    expect(f.certificateNo).toEqual({ value: "K502279972", confidence: 0.5 });
    expect(f.childName?.value).toBe("周可欣");
    expect(f.childSex?.value).toBe("female");
    expect(f.childBirthDate?.value).toBe("2026-03-04");
  });

  it("leaves out what glare hid instead of guessing, and keeps what it could read", () => {
    const f = fixture("004");
    expect(f.certificateNo?.value).toBe("Q911452980");
    expect(f.childSex?.value).toBe("male");
    expect(f.childBirthDate?.value).toBe("2024-04-09");
    expect(f.childName).toBeUndefined();
  });

  it("gives a name found only under a misread label so little trust the kiosk does not offer it", () => {
    const f = fixture("005");
    expect(f.certificateNo?.value).toBe("V897099440");
    expect(f.childName?.confidence ?? 0).toBeLessThan(0.4);
  });

  it("reads a badly degraded photo's number and nothing it cannot check", () => {
    const f = fixture("006");
    expect(Object.keys(f)).toEqual(["certificateNo"]);
    expect(f.certificateNo?.value).toBe("D823781690");
  });
});

describe("certificateNoFromLatin: the number's capital from Tesseract's Latin model", () => {
  const tsv = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", `${name}.tsv`), "utf8");
  // Certificate 009 of the bench's clean half: the Chinese model read "编号下854671344".
  const chinese = parseTesseractTsv(tsv("certificate-009"));

  it("reads the number the Chinese model lost, trusted as labelled when the digits agree", () => {
    expect(extractBirthCertificate(chinese).certificateNo).toBeUndefined();
    const no = certificateNoFromLatin(parseTesseractWords(tsv("certificate-009-eng")), chinese);
    expect(no?.value).toBe("E854671344");
    expect(no?.confidence).toBeGreaterThan(0.5);
  });

  const word = (text: string) => Array.from(text, (ch) => ({ ch, conf: 90 }));

  it("trusts a number whose digits the Chinese reading did not see beside 编号 less", () => {
    const labelled = certificateNoFromLatin(
      [word("E854671344")],
      linesFromText("出生医学证明编号下854671344"),
    );
    const alone = certificateNoFromLatin([word("E854671344")], linesFromText("出生医学证明编号下854671999"));
    expect(labelled?.confidence).toBe(0.95);
    expect(alone?.value).toBe("E854671344");
    expect(alone?.confidence).toBeLessThan(labelled?.confidence ?? 0);
  });

  it("never guesses the capital: a word that starts with a digit is a date or a stray", () => {
    expect(certificateNoFromLatin([word("2023421007"), word("7659349985")], [])).toBeUndefined();
    expect(
      certificateNoFromLatin([word("E85467134"), word("E8546713440"), word("SK502279972")], []),
    ).toBeUndefined();
  });
});

describe("OCR noise", () => {
  const read = (text: string) => extractBirthCertificate(linesFromText(text));

  it("undoes letter/digit confusions in the number, with less confidence", () => {
    const f = read("出生医学证明编号 $968754577");
    expect(f.certificateNo?.value).toBe("S968754577");
    expect(f.certificateNo?.confidence).toBeLessThan(0.5);
    expect(read("编号 Q35O100001").certificateNo?.value).toBe("Q350100001");
    // Two corrections are more guess than reading: left for the parent to type.
    expect(read("编号 $96875457O").certificateNo).toBeUndefined();
  });

  it("refuses a number of the wrong length and a run inside a longer one", () => {
    expect(read("编号 Q35010000").certificateNo).toBeUndefined();
    expect(read("编号 Q3501000012").certificateNo).toBeUndefined();
    expect(read("身份证件号码 350102199001011234").certificateNo).toBeUndefined();
  });

  it("matches a label with one misread character and refuses a day that does not exist", () => {
    expect(read("出生时问  2025年5月6日 08时30分").childBirthDate?.value).toBe("2025-05-06");
    expect(read("出生时间  2025年02月30日").childBirthDate).toBeUndefined();
  });

  it("takes the child's name, not a parent's, and stops at the next column", () => {
    const f = read("母亲姓名 黄安然\n新生儿姓名 刘乐乐  性别 男");
    expect(f.childName?.value).toBe("刘乐乐");
    expect(f.childSex?.value).toBe("male");
    expect(read("母亲姓名 黄安然   父亲姓名 刘明").childName).toBeUndefined();
  });

  it("takes a lone 男 or 女 at the end of the child's row when glare took the 性别 label, trusted less", () => {
    const f = read("新生儿姓名 吴俊杰            女");
    expect(f.childName?.value).toBe("吴俊杰");
    expect(f.childSex).toEqual({ value: "female", confidence: 0.54 });
    expect(read("新生儿姓名 吴俊杰   性别 男").childSex?.confidence).toBe(0.9);
    // Not on a parent's row, not inside a name, not among other text in the column.
    expect(read("母亲姓名 黄乐乐            女").childSex).toBeUndefined();
    expect(read("新生儿姓名 吴俊女").childSex).toBeUndefined();
    expect(read("新生儿姓名 吴俊杰            出女").childSex).toBeUndefined();
  });

  it("finds a label with up to the allowed misreadings and no further", () => {
    expect(fuzzyIndexOf("xx新生儿姓名 林", "新生儿姓名", 0).at).toBe(2);
    expect(fuzzyIndexOf("描订姓名 中", "新生儿姓名", 2).at).toBe(-1);
    expect(fuzzyIndexOf("新和儿姓名", "新生儿姓名", 1)).toEqual({ at: 0, misses: 1 });
  });

  it("answers nothing for text that is not a certificate", () => {
    expect(read("欢迎使用 e福州\nhello world 2024")).toEqual({});
  });
});
