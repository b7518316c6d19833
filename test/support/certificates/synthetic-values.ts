/**
 * Synthetic 出生医学证明 values: made-up names, numbers and dates, never a real person's. A seeded
 * generator, so a bench run and a test run see the same set.
 */
export interface CertificateValues {
  /** One capital letter and 9 digits, as the newborn service's question requires. */
  certificateNo: string;
  childName: string;
  sex: "male" | "female";
  /** YYYY-MM-DD */
  birthDate: string;
  motherName: string;
  fatherName: string;
}

const SURNAMES = ["林", "陈", "黄", "郑", "吴", "王", "刘", "张", "李", "杨", "何", "许", "高", "周", "罗"];
const GIVEN = ["小安", "思语", "一诺", "子航", "可欣", "安然", "乐乐", "雨桐", "浩宇", "梓涵", "晨曦", "嘉怡", "俊杰", "欣妍", "宇轩", "明"];
const LETTERS = Array.from("ABCDEFGHJKLMNPQRSTUVWXYZ");

/** Mulberry32: small, seedable, good enough to pick synthetic values. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

/** `count` synthetic certificates, born within the last three years before `today`. */
export function syntheticCertificates(count: number, seed: number, today: Date): CertificateValues[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const surname = pick(random, SURNAMES);
    const digits = Array.from({ length: 9 }, () => Math.floor(random() * 10)).join("");
    const born = new Date(today.getTime() - Math.floor(random() * 1000) * 86_400_000);
    return {
      certificateNo: `${pick(random, LETTERS)}${digits}`,
      childName: surname + pick(random, GIVEN),
      sex: random() < 0.5 ? "male" : "female",
      birthDate: born.toISOString().slice(0, 10),
      motherName: pick(random, SURNAMES) + pick(random, GIVEN),
      fatherName: surname + pick(random, GIVEN),
    };
  });
}
