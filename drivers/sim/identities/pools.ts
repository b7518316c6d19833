/**
 * Word pools for synthetic identities. Names are random combinations of common characters, and
 * addresses random combinations of Fuzhou districts and street names: plausible on screen,
 * belonging to nobody.
 */

/** Fuzhou's county-level area codes (GB/T 2260, 3501xx) with district and police-branch names. */
export const FUZHOU_AREAS: readonly { code: string; district: string }[] = [
  { code: "350102", district: "鼓楼区" },
  { code: "350103", district: "台江区" },
  { code: "350104", district: "仓山区" },
  { code: "350105", district: "马尾区" },
  { code: "350111", district: "晋安区" },
  { code: "350112", district: "长乐区" },
  { code: "350121", district: "闽侯县" },
  { code: "350122", district: "连江县" },
  { code: "350123", district: "罗源县" },
  { code: "350124", district: "闽清县" },
  { code: "350125", district: "永泰县" },
  { code: "350128", district: "平潭县" },
  { code: "350181", district: "福清市" },
];

export const SURNAMES: readonly string[] = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "黄",
  "赵",
  "吴",
  "周",
  "徐",
  "孙",
  "林",
  "郑",
  "何",
  "高",
  "郭",
  "罗",
  "欧阳",
];
export const GIVEN_CHARS: readonly string[] = [
  "明",
  "华",
  "建",
  "国",
  "丽",
  "芳",
  "伟",
  "静",
  "强",
  "敏",
  "军",
  "燕",
  "杰",
  "娟",
  "涛",
  "平",
  "辉",
  "玲",
  "斌",
  "霞",
  "宇",
  "晨",
  "欣",
  "怡",
  "浩",
  "婷",
  "博",
  "闽",
  "榕",
  "海",
];
export const STREETS: readonly string[] = [
  "测试路",
  "样例街",
  "演示大道",
  "模拟巷",
  "示范路",
  "榕树街",
  "闽江路",
  "三坊七巷测试弄",
];

export const LATIN_SURNAMES: readonly string[] = [
  "SMITH",
  "BROWN",
  "MARTIN",
  "GARCIA",
  "TANAKA",
  "KIM",
  "MUELLER",
  "DUBOIS",
  "ROSSI",
  "SILVA",
  "NGUYEN",
  "VAN DER BERG",
  "OCONNOR",
  "ALEXANDROPOULOS",
];
export const LATIN_GIVEN: readonly string[] = [
  "JOHN",
  "MARY",
  "ANNA",
  "PETER",
  "LUCAS",
  "EMMA",
  "HANS",
  "YUKI",
  "MIN JUN",
  "SOFIA",
  "MAXIMILIAN",
  "CHRISTOPHER",
  "ALEXANDRA",
];

/** Nationalities: ISO 3166-1 alpha-3 with the numeric code the 2023 card uses. */
export const NATIONALITIES: readonly { alpha3: string; numeric: string }[] = [
  { alpha3: "USA", numeric: "840" },
  { alpha3: "GBR", numeric: "826" },
  { alpha3: "FRA", numeric: "250" },
  { alpha3: "DEU", numeric: "276" },
  { alpha3: "JPN", numeric: "392" },
  { alpha3: "KOR", numeric: "410" },
  { alpha3: "CAN", numeric: "124" },
  { alpha3: "AUS", numeric: "036" },
  { alpha3: "BRA", numeric: "076" },
  { alpha3: "ITA", numeric: "380" },
];

/** Hong Kong, Macau and Taiwan permit area codes with their travel-permit prefix. */
export const HMT_AREAS: readonly { code: string; passPrefix: string }[] = [
  { code: "810000", passPrefix: "H" },
  { code: "820000", passPrefix: "M" },
  { code: "830000", passPrefix: "" },
];
