import { type Browser, type BrowserContext, chromium } from "playwright-core";

/** Debian's Chromium; Playwright's own browser download cannot run on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Launches headless Chromium with the flags this closed network needs (stack.md). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-features=Translate",
    ],
  });
}

/** A portrait 1080×1920 touch panel, as the kiosk stands (ux.md §11). */
export function kioskContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1080, height: 1920 },
    hasTouch: true,
    isMobile: false,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
}
