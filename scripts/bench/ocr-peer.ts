import { spawn } from "node:child_process";
import type { BirthCertificateFields } from "../../central/protocol";

/**
 * The peer of the document reader: what anyone would write first. The `tesseract` CLI with its
 * defaults (automatic page segmentation, plain text out) on the whole picture, and one regex per
 * field on each line with its spaces removed. No tolerance for misread labels or letters, no
 * confidence: whatever the regex matches is offered.
 */
export function rawTesseract(image: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("tesseract", ["stdin", "stdout", "-l", "chi_sim"], {
      stdio: ["pipe", "pipe", "pipe"],
      // One thread, as the reader's runs: the figures compare the work, not the cores taken.
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", OMP_THREAD_LIMIT: "1" },
    });
    const out: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(Buffer.concat(out).toString("utf8"))
        : reject(new Error(`tesseract exit ${String(code)}`)),
    );
    child.stdin.end(image);
  });
}

const RULES = {
  certificateNo: /编号[:：]?([A-Z]\d{9})(?!\d)/,
  childName: /新生儿姓名[:：]?(\p{Script=Han}{2,4}?)(?:性别|$)/u,
  childSex: /性别[:：]?([男女])/,
  childBirthDate: /出生时间[:：]?(\d{4})年(\d{1,2})月(\d{1,2})日/,
} as const;

/** The four values by plain regex, as the reader's fields (confidence 1: the peer has none). */
export function regexFields(text: string): BirthCertificateFields {
  const fields: BirthCertificateFields = {};
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\s+/g, "");
    const no = RULES.certificateNo.exec(line)?.[1];
    if (no !== undefined && fields.certificateNo === undefined)
      fields.certificateNo = { value: no, confidence: 1 };
    const name = RULES.childName.exec(line)?.[1];
    if (name !== undefined && fields.childName === undefined)
      fields.childName = { value: name, confidence: 1 };
    const sex = RULES.childSex.exec(line)?.[1];
    if (sex !== undefined && fields.childSex === undefined) {
      fields.childSex = { value: sex === "男" ? "male" : "female", confidence: 1 };
    }
    const date = RULES.childBirthDate.exec(line);
    if (date !== null && fields.childBirthDate === undefined) {
      const [, y, m, d] = date;
      fields.childBirthDate = {
        value: `${y}-${(m ?? "").padStart(2, "0")}-${(d ?? "").padStart(2, "0")}`,
        confidence: 1,
      };
    }
  }
  return fields;
}
