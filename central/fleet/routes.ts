/**
 * Paths of the fleet-management routes added for the console (server-side; kiosks never call
 * them). The older fleet paths stay in protocol/routes.ts where scripts already find them.
 */
export const FLEET_ROUTES = {
  login: "/v1/fleet/login",
  logout: "/v1/fleet/logout",
  me: "/v1/fleet/me",
  managers: "/v1/fleet/managers",
  manager: "/v1/fleet/managers/:id",
  audit: "/v1/fleet/audit",
  layers: "/v1/fleet/config/layers",
  layer: "/v1/fleet/config/layers/:layer",
  kioskConfig: "/v1/fleet/kiosks/:id/config",
  kioskPlacement: "/v1/fleet/kiosks/:id/placement",
  rollouts: "/v1/fleet/rollouts",
  rollout: "/v1/fleet/rollouts/:id",
  rolloutAction: "/v1/fleet/rollouts/:id/:action",
  alertsOpen: "/v1/fleet/alerts/open",
} as const;
