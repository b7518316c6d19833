import type { Option } from "../../../kiosk-config/services/model/schema";

/**
 * Fuzhou's districts and counties. The renderer may import kiosk-config for types only, so this
 * mirrors kiosk-config/services/districts.ts (same values and labels).
 */
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

/** A district and a street address: one answer string for core ("鼓楼区 五一北路1号"). */
export interface FuzhouAddress {
  /** The district's Chinese name, "" when none is chosen yet. */
  district: string;
  street: string;
}

export function parseAddress(value: string): FuzhouAddress {
  const known = fuzhouDistricts.find((d) => value.startsWith(d.label["zh-CN"]));
  if (!known) return { district: "", street: value.trim() };
  return { district: known.label["zh-CN"], street: value.slice(known.label["zh-CN"].length).trim() };
}

export const formatAddress = (address: FuzhouAddress): string =>
  address.street === "" ? address.district : `${address.district} ${address.street}`;
