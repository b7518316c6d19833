/**
 * The built-in site profiles. Why each one shows what it shows:
 * - metro: people in transit, a minute to spare: lookups, prints and payments, nothing that needs
 *   a counter, a locker or a long form.
 * - mall: a few minutes and often the whole family: prints, payments, bookings, reports.
 * - service-centre: everything, plus the queue ticket and the counters' own services.
 * - community: older residents close to home: social security, health, civil affairs.
 */
import type { SiteProfileInput } from "./schema";

/** Services that only make sense beside the service centre's counters, lockers and scanners. */
export const centreOnlyServices = [
  "queue-ticket",
  "counter-appointment",
  "document-copy-scan",
  "locker-pickup",
  "service-rating",
];

export const siteProfileInputs: SiteProfileInput[] = [
  {
    id: "metro",
    name: { "zh-CN": "地铁站", en: "Metro station" },
    categories: [
      "transport",
      "social-insurance",
      "medical-insurance",
      "housing-fund",
      "hotline-reporting",
      "daily-life",
    ],
    services: ["application-progress", "service-guide", "e-licence-print", "income-tax-record"],
    exclude: [
      ...centreOnlyServices,
      "pension-transfer",
      "chronic-disease-benefit",
      "consumer-complaint-12315",
    ],
    mostUsed: [
      "transit-card-balance",
      "bus-metro-routes",
      "social-insurance-status",
      "housing-fund-balance",
      "traffic-violations",
      "hotline-12345",
    ],
  },
  {
    id: "mall",
    name: { "zh-CN": "商场", en: "Shopping mall" },
    categories: [
      "social-insurance",
      "medical-insurance",
      "housing-fund",
      "real-estate",
      "transport",
      "tax",
      "culture-education",
      "health",
      "hotline-reporting",
      "daily-life",
    ],
    services: ["application-progress", "service-guide", "e-licence-print", "marriage-record"],
    exclude: [...centreOnlyServices],
    mostUsed: [
      "social-insurance-status",
      "housing-fund-balance",
      "utility-bill-payment",
      "income-tax-record",
      "food-safety-report",
      "venue-booking",
      "hospital-appointment",
      "property-records",
    ],
  },
  {
    id: "service-centre",
    name: { "zh-CN": "市民服务中心", en: "Citizen service centre" },
    categories: [
      "citizen-centre",
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
      "hotline-reporting",
      "daily-life",
    ],
    mostUsed: [
      "queue-ticket",
      "newborn-med-insurance",
      "social-insurance-status",
      "housing-fund-balance",
      "application-progress",
      "e-licence-print",
      "hotline-12345",
      "service-rating",
    ],
    queueDepartments: [
      "social-insurance",
      "medical-insurance",
      "housing-fund",
      "real-estate",
      "household",
      "exit-entry",
      "tax",
      "business",
      "vehicles",
      "civil-affairs",
      "general",
    ],
  },
  {
    id: "community",
    name: { "zh-CN": "社区", en: "Community centre" },
    categories: [
      "social-insurance",
      "employment",
      "medical-insurance",
      "household-police",
      "civil-affairs",
      "health",
      "hotline-reporting",
      "daily-life",
    ],
    services: [
      "housing-fund-balance",
      "application-progress",
      "service-guide",
      "senior-transit-card",
      "library-card",
    ],
    exclude: [...centreOnlyServices],
    mostUsed: [
      "pension-eligibility-check",
      "social-insurance-status",
      "newborn-med-insurance",
      "resident-med-insurance-payment",
      "senior-preferential-card",
      "old-age-allowance",
      "hotline-12345",
      "utility-bill-payment",
    ],
  },
];
