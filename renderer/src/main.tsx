import { connectKiosk } from "./kiosk/connect";
import { reloadWhenServed } from "./kiosk/reload-when-served";
import "./styles/kiosk.css";
import "./styles/flow.css";

/**
 * The page's entry, kept small. It opens the door to the kiosk and asks, in one round trip, for
 * what the first render needs; then it mounts the live page. When the web shell sent a
 * prerendered attract screen, the page lets that reach the screen first, and only then connects:
 * the web shell boots the runtime when its page connects, and until then the CPU is the
 * browser's. The styles are imported here so that the page links them from its first byte.
 */
const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root");
if (root.hasAttribute("data-prerendered")) await afterFirstPaint();
const kiosk = connectKiosk();
const firstData = Promise.all([kiosk.getUiSettings({}), kiosk.getCatalogSummary({})]);
try {
  const [{ startLivePage }, [settings, catalog]] = await Promise.all([import("./live-page"), firstData]);
  await startLivePage(root, kiosk, settings, catalog);
} catch {
  // The runtime went away while the page started (it restarts after a crash): start again once
  // it is back, rather than leave a screen that cannot be used.
  reloadWhenServed();
}

/**
 * Resolves once the browser has put the page's first content on screen. Not the next animation
 * frame: that comes before the frame is rasterized, and starting the live page then takes the CPU
 * the raster needs. A browser that does not report paints waits a second at most.
 */
function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    let timer = 0;
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName("first-contentful-paint").length > 0) done();
    });
    const done = (): void => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    timer = window.setTimeout(done, 1000);
    observer.observe({ type: "paint", buffered: true });
  });
}
