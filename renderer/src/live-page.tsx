import { type ReactNode, StrictMode, useLayoutEffect } from "react";
import { createRoot } from "react-dom/client";
import type { CatalogSummary, KioskApi, UiSettings } from "../../core/api";
import { App } from "./app/App";
import { KioskContext } from "./app/kiosk-context";
import { initI18n } from "./i18n";
import { MaintenanceLayer } from "./maintenance/MaintenanceLayer";

/**
 * Mounts the kiosk's UI into the root. A prerendered attract screen (scripts/prerender.ts) may
 * be there: the first commit replaces it with the same markup, live.
 */
export async function startLivePage(
  root: HTMLElement,
  kiosk: KioskApi,
  settings: UiSettings,
  catalog: CatalogSummary,
): Promise<void> {
  await initI18n(settings.defaultLocale);
  // Panel density drives every size: targets and type are millimetres (what a finger and an eye
  // need on any panel), converted here.
  document.documentElement.style.setProperty("--px-per-mm", String(settings.pxPerMm));
  createRoot(root).render(
    <StrictMode>
      <Live root={root}>
        <KioskContext value={{ kiosk, settings, catalog }}>
          <App />
          <MaintenanceLayer />
        </KioskContext>
      </Live>
    </StrictMode>,
  );
}

/** Once the live page is on screen, the prerender's inertness goes, and the moment is marked. */
function Live({ root, children }: { root: HTMLElement; children: ReactNode }) {
  useLayoutEffect(() => {
    root.removeAttribute("inert");
    root.removeAttribute("data-prerendered");
    performance.mark("kiosk-interactive");
  }, [root]);
  return children;
}
