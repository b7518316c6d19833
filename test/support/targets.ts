import type { Page } from "playwright-core";

export interface SmallTarget {
  what: string;
  width: number;
  height: number;
}

/**
 * Every visible interactive element smaller than `floor` CSS px in either direction:
 * axe's target-size rule only checks WCAG's 24 px, the kiosk's floor is 44, or 64 in 长辈版.
 */
export function smallTargets(page: Page, floor: number): Promise<SmallTarget[]> {
  // Runs in the page; written as source because test/support is also type-checked without the DOM.
  return page.evaluate(`(() => {
    const min = ${String(floor)};
    const selector = 'button, a[href], input, select, textarea, [role="button"], [role="radio"], [role="checkbox"], [role="tab"]';
    return [...document.querySelectorAll(selector)]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ el, box }) => box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== "hidden")
      .filter(({ box }) => box.width < min - 0.5 || box.height < min - 0.5)
      .map(({ el, box }) => ({
        what: el.tagName.toLowerCase() + ' "' + (el.textContent || "").trim().slice(0, 20) + '"',
        width: Math.round(box.width),
        height: Math.round(box.height),
      }));
  })()`);
}
