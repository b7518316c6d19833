import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CategoryIconName } from "../../../kiosk-config/catalog/categories";
import { CategoryIcon } from "./CategoryIcon";

describe("CategoryIcon", () => {
  it("draws every icon the catalog may name as an SVG hidden from screen readers", () => {
    const drawn = new Set<string>();
    for (const name of CategoryIconName.options) {
      const svg = renderToStaticMarkup(<CategoryIcon name={name} />);
      expect(svg).toMatch(/^<svg [^>]*aria-hidden="true"/);
      drawn.add(/class="lucide lucide-([a-z0-9-]+)/.exec(svg)?.[1] ?? "");
    }
    // Each name has a drawing of its own.
    expect(drawn.size).toBe(CategoryIconName.options.length);
  });

  it("draws a plain grid for a name this build does not know", () => {
    expect(renderToStaticMarkup(<CategoryIcon name="rocket" />)).toContain("lucide-layout-grid");
  });
});
