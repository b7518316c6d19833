import { ChevronDown } from "lucide-react";
import { type RefObject, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * "下面还有更多" at the foot of the scrolling area while part of the page lies below the screen
 * (长辈版's larger tiles push the last rows of categories out of sight). A tap scrolls one screen
 * down; the hint goes once the end is in view.
 */
export function MoreBelow({ scroller }: { scroller: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation();
  const [more, setMore] = useState(false);
  useEffect(() => {
    const el = scroller.current;
    if (el === null) return;
    const check = (): void => {
      setMore(el.scrollHeight - el.clientHeight - el.scrollTop > 8);
    };
    const resize = new ResizeObserver(check);
    resize.observe(el);
    // Content changes (a screen swapped, 长辈版 toggled) change the height without a resize of el.
    const mutation = new MutationObserver(check);
    mutation.observe(el, { childList: true, subtree: true, attributes: true });
    el.addEventListener("scroll", check, { passive: true });
    return () => {
      resize.disconnect();
      mutation.disconnect();
      el.removeEventListener("scroll", check);
    };
  }, [scroller]);
  if (!more) return null;
  return (
    <button
      type="button"
      className="button button--secondary more-below"
      onClick={() =>
        scroller.current?.scrollBy({ top: scroller.current.clientHeight * 0.8, behavior: "smooth" })
      }
      data-testid="more-below"
    >
      <ChevronDown aria-hidden="true" size="1em" strokeWidth={2.5} />
      {t("app.moreBelow")}
    </button>
  );
}
