import type { Option } from "./answers";

/** Fuzhou's districts and counties, the tiles of every `fuzhou-address` question. */
export const fuzhouDistricts: readonly Option[] = [
  { value: "gulou", label: { "zh-CN": "鼓楼区", en: "Gulou District" } },
  { value: "taijiang", label: { "zh-CN": "台江区", en: "Taijiang District" } },
  { value: "cangshan", label: { "zh-CN": "仓山区", en: "Cangshan District" } },
  { value: "jinan", label: { "zh-CN": "晋安区", en: "Jin'an District" } },
  { value: "mawei", label: { "zh-CN": "马尾区", en: "Mawei District" } },
  { value: "changle", label: { "zh-CN": "长乐区", en: "Changle District" } },
  { value: "fuqing", label: { "zh-CN": "福清市", en: "Fuqing City" } },
  { value: "minhou", label: { "zh-CN": "闽侯县", en: "Minhou County" } },
  { value: "lianjiang", label: { "zh-CN": "连江县", en: "Lianjiang County" } },
  { value: "luoyuan", label: { "zh-CN": "罗源县", en: "Luoyuan County" } },
  { value: "minqing", label: { "zh-CN": "闽清县", en: "Minqing County" } },
  { value: "yongtai", label: { "zh-CN": "永泰县", en: "Yongtai County" } },
];
