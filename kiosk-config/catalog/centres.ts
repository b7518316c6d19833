import * as z from "zod";
import { LocalizedText } from "../services/model/text";

/**
 * A citizen service centre whose queue kiosks issue tickets for. The name is printed on the
 * ticket; the ticket's QR code (the queue page) is on the configured site (config.qrBaseUrl).
 */
export const ServiceCentre = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: LocalizedText,
});
export type ServiceCentre = z.infer<typeof ServiceCentre>;

const raw: ServiceCentre[] = [
  {
    id: "fz-citizen-centre",
    name: { "zh-CN": "福州市民服务中心", en: "Fuzhou Citizen Service Centre" },
  },
  {
    id: "gulou-centre",
    name: { "zh-CN": "鼓楼区行政服务中心", en: "Gulou District Administrative Service Centre" },
  },
  {
    id: "taijiang-centre",
    name: { "zh-CN": "台江区行政服务中心", en: "Taijiang District Administrative Service Centre" },
  },
  {
    id: "cangshan-centre",
    name: { "zh-CN": "仓山区行政服务中心", en: "Cangshan District Administrative Service Centre" },
  },
  {
    id: "jinan-centre",
    name: { "zh-CN": "晋安区行政服务中心", en: "Jin'an District Administrative Service Centre" },
  },
];

export const serviceCentres: readonly ServiceCentre[] = z.array(ServiceCentre).parse(raw);

/** The centre with this id, else undefined. */
export const serviceCentreById = (id: string): ServiceCentre | undefined =>
  serviceCentres.find((centre) => centre.id === id);
