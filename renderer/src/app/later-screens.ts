import { lazy } from "react";

/**
 * Screens the attract screen does not show, kept out of the first script so a kiosk paints its
 * attract screen sooner: a service's flow (with its keyboards, QR codes and paper preview),
 * search (with the on-screen keyboard) and the technicians' menu.
 */
const loadFlow = () => import("../flow/FlowScreen");
const loadSearch = () => import("../screens/SearchScreen");
const loadMaintenance = () => import("../maintenance/MaintenanceMenu");

export const FlowScreen = lazy(() => loadFlow().then((m) => ({ default: m.FlowScreen })));
export const SearchScreen = lazy(() => loadSearch().then((m) => ({ default: m.SearchScreen })));
export const MaintenanceMenu = lazy(() => loadMaintenance().then((m) => ({ default: m.MaintenanceMenu })));

/**
 * Fetches them once the attract screen has painted, so a resident's first tap never waits for a
 * script. Failures are left to the screen's own load, which the error boundary catches.
 */
export function preloadLaterScreens(): void {
  for (const load of [loadFlow, loadSearch, loadMaintenance]) void load().catch(() => undefined);
}
