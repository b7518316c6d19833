import { type Browser, type BrowserContext, chromium } from "playwright-core";

/** Debian's Chromium; Playwright's own browser download cannot run on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Launches headless Chromium with the flags these machines need: no sandbox or GPU in a container,
 * and no background updates, sync or QUIC on a network that only reaches a few hosts.
 */
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

/** A portrait 1080×1920 touch panel, as the kiosk stands. */
export function kioskContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: 1080, height: 1920 },
    hasTouch: true,
    isMobile: false,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
}
