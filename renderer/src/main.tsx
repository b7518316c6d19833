import { connectKiosk } from "./kiosk/connect";
import "./styles/kiosk.css";
import "./styles/flow.css";

/**
 * The page's entry, kept small. It opens the door to the kiosk and asks, in one round trip, for
 * what the first render needs. When the web shell sent a prerendered attract screen, it lets
 * that reach the screen before the app's scripts take the CPU; then it mounts the live page.
 * The styles are imported here so that the page links them from its first byte.
 */
const RETRY_AFTER_MS = 3000;
const kiosk = connectKiosk();
const firstData = Promise.all([kiosk.getUiSettings({}), kiosk.getCatalogSummary({})]);
const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root");
try {
  if (root.hasAttribute("data-prerendered")) await afterNextPaint();
  const [{ startLivePage }, [settings, catalog]] = await Promise.all([import("./live-page"), firstData]);
  await startLivePage(root, kiosk, settings, catalog);
} catch {
  // The runtime went away while the page started (it restarts after a crash): start again,
  // rather than leave a screen that cannot be used.
  setTimeout(() => window.location.reload(), RETRY_AFTER_MS);
}

/** Resolves once the browser has produced the next frame. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve, 0);
    });
  });
}
