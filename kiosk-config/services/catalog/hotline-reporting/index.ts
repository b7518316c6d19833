/** 12345与举报 (rows 99–104 of the draft catalog), in catalog order: the order residents see. */
import type { ServiceInput } from "../../model/schema";
import { consumerComplaint12315 } from "./consumer-complaint-12315";
import { foodSafetyReport } from "./food-safety-report";
import { hotline12345 } from "./hotline-12345";
import { hotline12345Progress } from "./hotline-12345-progress";
import { onlineFoodReport } from "./online-food-report";
import { restaurantRatingLookup } from "./restaurant-rating-lookup";

export const hotlineReportingServices: ServiceInput[] = [
  hotline12345,
  hotline12345Progress,
  foodSafetyReport,
  onlineFoodReport,
  consumerComplaint12315,
  restaurantRatingLookup,
];
