import { fuzhouDistricts } from "../../../kiosk-config/services/model/districts";

/** The district tiles are the catalog's own list, so a district the page offers is one core knows. */
export { fuzhouDistricts };

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
