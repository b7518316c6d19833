/**
 * Things search can find that are not services. 长辈版 is the MIIT name for the large-text mode,
 * and 关怀版, 亲情版 and 关爱版 must find it too (MIIT's 适老化 rules).
 */
export interface SearchAction {
  id: "elder-mode";
  name: { "zh-CN": string; en: string };
  aliases: readonly string[];
}

export const searchActions: readonly SearchAction[] = [
  {
    id: "elder-mode",
    name: { "zh-CN": "长辈版", en: "Elder mode (large text)" },
    aliases: ["关怀版", "亲情版", "关爱版", "大字版", "老年模式", "适老化"],
  },
];
