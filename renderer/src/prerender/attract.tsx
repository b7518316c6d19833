import { renderToString } from "react-dom/server";
import type { CatalogSummary, KioskApi, UiSettings } from "../../../core/api";
import { App } from "../app/App";
import { KioskContext } from "../app/kiosk-context";
import { initI18n } from "../i18n";

/**
 * The attract screen as static HTML, rendered at build time for each site profile (see
 * scripts/prerender.ts). The web shell serves it when its data is exactly what the live kiosk
 * would show, so a kiosk paints its attract screen as soon as the HTML and CSS arrive; the live
 * page then replaces it with the same markup (main.tsx).
 */
export async function renderAttract(settings: UiSettings, catalog: CatalogSummary): Promise<string> {
  await initI18n(settings.defaultLocale);
  const markup = renderToString(
    <KioskContext value={{ kiosk: unreachableKiosk, settings, catalog }}>
      <App />
    </KioskContext>,
  );
  // Test ids belong to the live page only: a test that waits for one is then sure to act on it.
  return markup.replace(/ data-testid="[^"]*"/g, "");
}

/**
 * Rendering to a string runs no effects and no handlers, so nothing may call the kiosk: if
 * something ever does, the build fails loudly rather than prerendering a wrong screen.
 */
const unreachableKiosk = new Proxy({} as KioskApi, {
  get(_target, name) {
    throw new Error(`the attract screen called kiosk.${String(name)} while prerendering`);
  },
});
