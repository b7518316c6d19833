import * as z from "zod";
import { LocalizedText } from "../services/model/text";

/** A counter group of the citizen service centre's queue (取号). Ids are stable: tickets carry them. */
export const QueueDepartment = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: LocalizedText,
  /** Letter printed before the ticket number, e.g. A012. */
  prefix: z.string().regex(/^[A-Z]$/),
});
export type QueueDepartment = z.infer<typeof QueueDepartment>;

const raw: QueueDepartment[] = [
  { id: "social-insurance", prefix: "A", name: { "zh-CN": "社保业务", en: "Social insurance" } },
  { id: "medical-insurance", prefix: "B", name: { "zh-CN": "医保业务", en: "Medical insurance" } },
  { id: "housing-fund", prefix: "C", name: { "zh-CN": "公积金业务", en: "Housing fund" } },
  { id: "real-estate", prefix: "D", name: { "zh-CN": "不动产登记", en: "Property registration" } },
  { id: "household", prefix: "E", name: { "zh-CN": "户政业务", en: "Household registration" } },
  { id: "exit-entry", prefix: "F", name: { "zh-CN": "出入境业务", en: "Exit & entry" } },
  { id: "tax", prefix: "G", name: { "zh-CN": "税务业务", en: "Tax" } },
  { id: "business", prefix: "H", name: { "zh-CN": "企业开办", en: "Starting a business" } },
  { id: "vehicles", prefix: "J", name: { "zh-CN": "车驾管业务", en: "Vehicles & driving licences" } },
  { id: "civil-affairs", prefix: "K", name: { "zh-CN": "民政婚姻", en: "Civil affairs & marriage" } },
  { id: "general", prefix: "L", name: { "zh-CN": "综合受理", en: "General enquiries" } },
];

/** Every department a citizen service centre may offer; a site profile picks its own subset. */
export const queueDepartments: readonly QueueDepartment[] = z.array(QueueDepartment).parse(raw);
