/** The store masks ID numbers in event details with the kiosk's one masking rule (core/privacy). */
export { maskIdNumbersIn as maskIdNumbers } from "../privacy/mask";
