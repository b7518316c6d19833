import type { ServiceDefinition } from "./model/schema";

/** A mainland mobile number as the phone question takes it: 11 digits starting with 1. */
const MOBILE = /^1\d{10}$/;

/**
 * The mobile number the resident gave in a service's answers (its first phone question), if any:
 * where the kiosk may offer to text the reference number. Runs on the page and in central alike.
 */
export function phoneAnswer(
  service: Pick<ServiceDefinition, "steps">,
  answers: Readonly<Record<string, unknown>>,
): string | undefined {
  for (const step of service.steps) {
    if (step.type !== "question" || step.answer.type !== "phone") continue;
    const value = answers[step.field];
    if (typeof value === "string" && MOBILE.test(value)) return value;
  }
  return undefined;
}

/** `138****8000`: the only form of a resident's phone number on screen and in logs. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return "*".repeat(phone.length);
  return `${phone.slice(0, 3)}${"*".repeat(phone.length - 7)}${phone.slice(-4)}`;
}
