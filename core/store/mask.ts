// 18-character resident ID numbers (17 digits + digit or X); 15-digit legacy numbers too.
const idNumber = /(?<![0-9A-Za-z])(\d{4})(\d{7}|\d{10})(\d{3}[\dXx])(?![0-9A-Za-z])/g;

/** Masks ID numbers as first 4 + stars + last 4 (`3501**********123X`) anywhere in a text. */
export function maskIdNumbers(text: string): string {
  return text.replace(idNumber, (_match, head: string, middle: string, tail: string) => {
    return `${head}${"*".repeat(middle.length)}${tail}`;
  });
}
