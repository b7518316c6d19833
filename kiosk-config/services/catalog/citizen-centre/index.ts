/** 市民服务中心 (rows 91–98 of the draft catalog), in catalog order: the order residents see. */
import type { ServiceInput } from "../../model/schema";
import { applicationProgress } from "./application-progress";
import { counterAppointment } from "./counter-appointment";
import { documentCopyScan } from "./document-copy-scan";
import { eLicencePrint } from "./e-licence-print";
import { lockerPickup } from "./locker-pickup";
import { queueTicket } from "./queue-ticket";
import { serviceGuide } from "./service-guide";
import { serviceRating } from "./service-rating";

export const citizenCentreServices: ServiceInput[] = [
  queueTicket,
  counterAppointment,
  applicationProgress,
  serviceGuide,
  documentCopyScan,
  eLicencePrint,
  lockerPickup,
  serviceRating,
];
