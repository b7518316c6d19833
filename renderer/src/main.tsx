import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { KioskContext } from "./app/kiosk-context";
import { initI18n } from "./i18n";
import { connectKiosk } from "./kiosk/connect";
import { MaintenanceLayer } from "./maintenance/MaintenanceLayer";
import "./styles/kiosk.css";
import "./styles/flow.css";

const kiosk = connectKiosk();
// Both in one round trip: the attract screen's first paint needs the settings and the categories.
const [settings, catalog] = await Promise.all([kiosk.getUiSettings({}), kiosk.getCatalogSummary({})]);
await initI18n(settings.defaultLocale);
// Panel density drives every size (ux.md §2.1): targets and type are millimetres, converted here.
document.documentElement.style.setProperty("--px-per-mm", String(settings.pxPerMm));

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <KioskContext value={{ kiosk, settings, catalog }}>
        <App />
        <MaintenanceLayer />
      </KioskContext>
    </StrictMode>,
  );
}
