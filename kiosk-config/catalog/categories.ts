import * as z from "zod";
import { LocalizedText } from "../services/text";

/**
 * The 15 categories of the draft catalog (../shared/data/service-catalog.md), in the order the
 * catalog screen shows them. Ids are stable: services, site profiles and fleet config refer to them.
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

export const CategoryDefinition = z.object({
  id: CategoryId,
  name: LocalizedText,
  /** A short emoji the tile shows beside the name. */
  icon: z.string().min(1).max(8),
});
export type CategoryDefinition = z.infer<typeof CategoryDefinition>;

const raw: CategoryDefinition[] = [
  { id: "social-insurance", name: { "zh-CN": "社会保险", en: "Social insurance" }, icon: "🛡️" },
  { id: "employment", name: { "zh-CN": "就业创业", en: "Employment" }, icon: "💼" },
  { id: "medical-insurance", name: { "zh-CN": "医疗保障", en: "Medical insurance" }, icon: "💊" },
  { id: "housing-fund", name: { "zh-CN": "住房公积金", en: "Housing fund" }, icon: "🏠" },
  { id: "real-estate", name: { "zh-CN": "不动产", en: "Real estate" }, icon: "🏢" },
  {
    id: "household-police",
    name: { "zh-CN": "户政公安", en: "Household registration & police" },
    icon: "👮",
  },
  { id: "exit-entry", name: { "zh-CN": "出入境", en: "Exit & entry" }, icon: "🛂" },
  { id: "transport", name: { "zh-CN": "交通出行", en: "Transport" }, icon: "🚇" },
  { id: "tax", name: { "zh-CN": "税务", en: "Tax" }, icon: "🧾" },
  { id: "civil-affairs", name: { "zh-CN": "民政", en: "Civil affairs" }, icon: "🤝" },
  { id: "culture-education", name: { "zh-CN": "教育文化", en: "Culture & education" }, icon: "📚" },
  { id: "health", name: { "zh-CN": "医疗卫生", en: "Medical & health" }, icon: "🩺" },
  { id: "citizen-centre", name: { "zh-CN": "市民服务中心", en: "Citizen service centre" }, icon: "🏛️" },
  { id: "hotline-reporting", name: { "zh-CN": "12345与举报", en: "Hotline & reporting" }, icon: "☎️" },
  { id: "daily-life", name: { "zh-CN": "生活便民", en: "Daily life" }, icon: "💡" },
];

export const categories: readonly CategoryDefinition[] = z.array(CategoryDefinition).parse(raw);

export function categoryById(id: string): CategoryDefinition | undefined {
  return categories.find((c) => c.id === id);
}
