/** 教育文化 (rows 78–84 of the draft catalog), in catalog order: the order residents see. */
import type { ServiceInput } from "../../model/schema";
import { childcareTrainingLookup } from "./childcare-training-lookup";
import { examResults } from "./exam-results";
import { libraryCard } from "./library-card";
import { schoolEnrolmentInfo } from "./school-enrolment-info";
import { studentAid } from "./student-aid";
import { studentRecord } from "./student-record";
import { venueBooking } from "./venue-booking";

export const cultureEducationServices: ServiceInput[] = [
  schoolEnrolmentInfo,
  studentRecord,
  examResults,
  studentAid,
  libraryCard,
  venueBooking,
  childcareTrainingLookup,
];
