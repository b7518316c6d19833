/** The screens of the resident's side; service flows join this list with the flow engine. */
export type Screen = { name: "attract" } | { name: "catalog" } | { name: "category"; categoryId: string };

/** Menu screens hold no personal data and return to the attract screen sooner (ux.md §3). */
const menuScreens: ReadonlySet<Screen["name"]> = new Set(["attract", "catalog", "category"]);

export const isMenuScreen = (screen: Screen): boolean => menuScreens.has(screen.name);
