import * as z from "zod";
import { LocalizedText } from "../services/model/text";

/**
 * The 15 categories of the draft service catalog (each service's `catalogRow` names its row), in
 * the order the catalog screen shows them. Ids are stable: services, site profiles and fleet config refer to them.
 */
export const CategoryId = z.enum([
  "social-insurance",
  "employment",
  "medical-insurance",
  "housing-fund",
  "real-estate",
  "household-police",
  "exit-entry",
  "transport",
  "tax",
  "civil-affairs",
  "culture-education",
  "health",
  "citizen-centre",
  "hotline-reporting",
  "daily-life",
]);
export type CategoryId = z.infer<typeof CategoryId>;

/**
 * The icons a category tile may show, by name; the renderer draws each one
 * (renderer/src/icons/CategoryIcon.tsx). Drawn, not emoji: an emoji looks different on every
 * system, is missing on some kiosk images, and costs the first paint a colour font.
 */
export const CategoryIconName = z.enum([
  "shield-check",
  "briefcase",
  "pill",
  "house",
  "building",
  "book-user",
  "plane",
  "train-front",
  "receipt",
  "handshake",
  "book-open",
  "stethoscope",
  "landmark",
  "phone",
  "lightbulb",
]);
export type CategoryIconName = z.infer<typeof CategoryIconName>;

export const CategoryDefinition = z.object({
  id: CategoryId,
  name: LocalizedText,
  /** The icon the tile shows beside the name. */
  icon: CategoryIconName,
});
export type CategoryDefinition = z.infer<typeof CategoryDefinition>;

const raw: CategoryDefinition[] = [
  { id: "social-insurance", name: { "zh-CN": "社会保险", en: "Social insurance" }, icon: "shield-check" },
  { id: "employment", name: { "zh-CN": "就业创业", en: "Employment" }, icon: "briefcase" },
  { id: "medical-insurance", name: { "zh-CN": "医疗保障", en: "Medical insurance" }, icon: "pill" },
  { id: "housing-fund", name: { "zh-CN": "住房公积金", en: "Housing fund" }, icon: "house" },
  { id: "real-estate", name: { "zh-CN": "不动产", en: "Real estate" }, icon: "building" },
  {
    id: "household-police",
    name: { "zh-CN": "户政公安", en: "Household registration & police" },
    icon: "book-user",
  },
  { id: "exit-entry", name: { "zh-CN": "出入境", en: "Exit & entry" }, icon: "plane" },
  { id: "transport", name: { "zh-CN": "交通出行", en: "Transport" }, icon: "train-front" },
  { id: "tax", name: { "zh-CN": "税务", en: "Tax" }, icon: "receipt" },
  { id: "civil-affairs", name: { "zh-CN": "民政", en: "Civil affairs" }, icon: "handshake" },
  { id: "culture-education", name: { "zh-CN": "教育文化", en: "Culture & education" }, icon: "book-open" },
  { id: "health", name: { "zh-CN": "医疗卫生", en: "Medical & health" }, icon: "stethoscope" },
  { id: "citizen-centre", name: { "zh-CN": "市民服务中心", en: "Citizen service centre" }, icon: "landmark" },
  { id: "hotline-reporting", name: { "zh-CN": "12345与举报", en: "Hotline & reporting" }, icon: "phone" },
  { id: "daily-life", name: { "zh-CN": "生活便民", en: "Daily life" }, icon: "lightbulb" },
];

export const categories: readonly CategoryDefinition[] = z.array(CategoryDefinition).parse(raw);

export function categoryById(id: string): CategoryDefinition | undefined {
  return categories.find((c) => c.id === id);
}
