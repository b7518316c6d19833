import { useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useTranslation } from "react-i18next";
import type { ServiceSummary } from "../../../core/api";
import { useKiosk } from "../app/kiosk-context";
import { ServiceList } from "../components/ServiceList";
import { OnScreenKeyboard } from "../widgets/OnScreenKeyboard";

/** Longest query the contract accepts. */
const MAX_QUERY = 40;

/**
 * Search by pinyin initials, full pinyin or letters (sb → 社保), typed on an on-screen letter
 * keyboard; searchServices runs on every keystroke and only the latest answer is shown.
 */
export function SearchScreen({ onService }: { onService: (id: string) => void }) {
  const { t } = useTranslation();
  const { kiosk } = useKiosk();
  const [query, setQuery] = useState("");
  const [answered, setResults] = useState<{ query: string; services: ServiceSummary[] } | null>(null);
  // Results of an older query are never shown, and none at all for an empty one.
  const results = query.trim() !== "" && answered?.query === query ? answered : null;
  const latest = useRef("");
  // The search is asked for in the key's own handler, before React renders the new query: its
  // round trip then overlaps that render instead of following it.
  const type = (next: string): void => {
    latest.current = next;
    setQuery(next);
    if (next.trim() === "") return;
    kiosk
      .searchServices({ query: next.slice(0, MAX_QUERY) })
      .then((r) => {
        // Rendered in the reply's own task: left to React's scheduler, the results would wait
        // for a task of their own, and a frame could be painted in between without them.
        if (latest.current === next) flushSync(() => setResults({ query: next, services: r.services }));
      })
      .catch(() => undefined);
  };
  return (
    <section aria-labelledby="search-title" className="search" data-testid="search-screen">
      <h1 id="search-title" className="page-title">
        {t("search.title")}
      </h1>
      <label className="field-label" htmlFor="search-query">
        {t("search.label")}
      </label>
      <input
        id="search-query"
        className="text-entry__display"
        readOnly
        inputMode="none"
        value={query}
        aria-describedby="search-hint"
        data-testid="search-query"
      />
      <p id="search-hint" className="flow-page__hint">
        {t("search.hint")}
      </p>
      <OnScreenKeyboard kind="search" value={query} onChange={type} maxLength={MAX_QUERY} />
      <div aria-live="polite" data-testid="search-results" data-query={results?.query ?? ""}>
        {results && results.services.length === 0 && <p className="notice">{t("search.none")}</p>}
        {results && results.services.length > 0 && (
          <>
            <p className="visually-hidden">{t("search.results", { count: results.services.length })}</p>
            <ServiceList services={results.services} onService={onService} />
          </>
        )}
      </div>
    </section>
  );
}
