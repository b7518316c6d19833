/**
 * Hand-checked corrections to the converter's output (OpenCC, mainland → Hong Kong standard).
 * Each entry is the Simplified source term and the Traditional form residents expect on an
 * official page or receipt. Checked by hand against the 港澳 immigration and Fuzhou government
 * wording; the converter's output for every other term is kept.
 */
export const hantOverrides: readonly (readonly [simplified: string, traditional: string])[] = [
  // The HK glyph standard writes 户 and 税; official notices (稅務局, 戶籍) use 戶 and 稅.
  ["户", "戶"],
  ["税", "稅"],
  // An endorsement on a 往来港澳通行证 is a 簽注 (注 as in 注明), not 簽註 (annotation).
  ["签注", "簽注"],
  // A bank or fund account: 帳戶 in Hong Kong and Taiwan alike.
  ["账户", "帳戶"],
  ["账号", "帳號"],
  // Hong Kong wording where it differs from the mainland's: information is 資訊, a text message
  // a 短訊, a default 預設.
  ["信息", "資訊"],
  ["短信", "短訊"],
  ["默认", "預設"],
  // Personal data is 個人資料 in Hong Kong's privacy ordinance and on every official form.
  ["个人信息", "個人資料"],
  // To print is 列印 on Hong Kong and Taiwan government pages (列印本頁); the machine stays the
  // 打印機 Hong Kong calls it.
  ["打印", "列印"],
  ["打印机", "打印機"],
  // To get in touch is 聯絡 (聯絡電話, 會聯絡您); 聯繫 reads as a tie between things.
  ["联系", "聯絡"],
  // The kiosk's camera: 攝影機, not the mainland 攝像頭.
  ["摄像头", "攝影機"],
  // A card or e-certificate is 啟用 (activated) in Hong Kong banks' and offices' wording.
  ["激活", "啟用"],
  // Goods' quality in a complaint: 品質.
  ["质量", "品質"],
  // Terms of the catalog that the converter already renders as residents read them; listed so a
  // future converter version cannot change them unnoticed (the test pins each one).
  ["社保", "社保"],
  ["医保", "醫保"],
  ["公积金", "公積金"],
  ["身份证", "身份證"],
  ["港澳台", "港澳台"],
  ["台湾居民来往大陆通行证", "台灣居民來往大陸通行證"],
  ["港澳居民来往内地通行证", "港澳居民來往內地通行證"],
  ["港澳台居民居住证", "港澳台居民居住證"],
];
