/** 交通出行 (rows 58–66 of the draft catalog), in catalog order: the order residents see. */
import type { ServiceInput } from "../../model/schema";
import { busMetroRoutes } from "./bus-metro-routes";
import { drivingLicencePoints } from "./driving-licence-points";
import { drivingLicenceRenewal } from "./driving-licence-renewal";
import { ebikeRegistrationAppointment } from "./ebike-registration-appointment";
import { seniorTransitCard } from "./senior-transit-card";
import { trafficFinePayment } from "./traffic-fine-payment";
import { trafficViolations } from "./traffic-violations";
import { transitCardBalance } from "./transit-card-balance";
import { transportOutlets } from "./transport-outlets";

export const transportServices: ServiceInput[] = [
  trafficViolations,
  drivingLicencePoints,
  transitCardBalance,
  transportOutlets,
  busMetroRoutes,
  trafficFinePayment,
  drivingLicenceRenewal,
  ebikeRegistrationAppointment,
  seniorTransitCard,
];
