/** The screens of the resident's side; a service runs inside the flow screen. */
export type Screen =
  | { name: "attract" }
  | { name: "catalog" }
  | { name: "category"; categoryId: string }
  | { name: "search" }
  | { name: "flow"; serviceId: string };

/** Menu screens hold no personal data and return to the attract screen sooner. */
const menuScreens: ReadonlySet<Screen["name"]> = new Set(["attract", "catalog", "category", "search"]);

export const isMenuScreen = (screen: Screen): boolean => menuScreens.has(screen.name);
