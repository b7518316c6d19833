import * as z from "zod";
import { LocalizedText } from "../services/model/text";

/**
 * A citizen service centre whose queue kiosks issue tickets for. The name is printed on the
 * ticket; the queue page is where the resident follows the calling of their number by phone (the
 * ticket's QR code), so it differs from centre to centre.
 */
export const ServiceCentre = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: LocalizedText,
  /** The centre's queue page; the ticket number is added as `?no=`. */
  queueUrl: z.url({ protocol: /^https$/ }),
});
export type ServiceCentre = z.infer<typeof ServiceCentre>;

const raw: ServiceCentre[] = [
  {
    id: "fz-citizen-centre",
    name: { "zh-CN": "福州市民服务中心", en: "Fuzhou Citizen Service Centre" },
    queueUrl: "https://e.fuzhou.gov.cn/queue",
  },
];

export const serviceCentres: readonly ServiceCentre[] = z.array(ServiceCentre).parse(raw);

/** The centre with this id, else undefined. */
export const serviceCentreById = (id: string): ServiceCentre | undefined =>
  serviceCentres.find((centre) => centre.id === id);
