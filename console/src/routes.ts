/** The fleet routes the console calls, imported from the service's own tables (never retyped). */
export { FLEET_ROUTES } from "../../central/fleet/routes";
export { ROUTES } from "../../central/protocol/routes";
export { SUPPORT_ROUTES } from "../../central/protocol/support";
export { REQUEST_ROUTES } from "../../central/protocol/requests";
