import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useTranslation } from "react-i18next";
import type { ServiceSummary } from "../../../core/api";
import { findServices } from "../../../kiosk-config/search/find-services";
import { useKiosk } from "../app/kiosk-context";
import { ServiceList } from "../components/ServiceList";
import { OnScreenKeyboard } from "../widgets/OnScreenKeyboard";

/** Longest query the contract accepts. */
const MAX_QUERY = 40;

interface Answered {
  query: string;
  services: ServiceSummary[];
}

/**
 * Search by pinyin initials, full pinyin, letters or digits (sb → 社保, 12345), typed on an
 * on-screen keyboard. The screen fetches the services this kiosk offers once, then searches them
 * in the page on every keystroke, in the key's own handler, with the same rule core's
 * searchServices uses (kiosk-config/search/find-services.ts): the results are in the frame after
 * the touch, not one round trip to core later. Until that list has arrived, searchServices
 * answers, and only the latest answer is shown.
 */
export function SearchScreen({ onService }: { onService: (id: string) => void }) {
  const { t } = useTranslation();
  const { kiosk } = useKiosk();
  const [query, setQuery] = useState("");
  const [answered, setResults] = useState<Answered | null>(null);
  // Results of an older query are never shown, and none at all for an empty one.
  const results = query.trim() !== "" && answered?.query === query ? answered : null;
  const latest = useRef("");
  const offered = useRef<ServiceSummary[] | null>(null);
  useEffect(() => {
    let live = true;
    kiosk
      .listOfferedServices({})
      .then((r) => {
        if (!live) return;
        offered.current = r.services;
        // A query typed while the list was on its way is answered from the list now.
        const typed = latest.current;
        if (typed.trim() !== "") setResults({ query: typed, services: findServices(typed, r.services) });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [kiosk]);
  const type = (next: string): void => {
    latest.current = next;
    if (next.trim() === "") {
      setQuery(next);
      return;
    }
    const query = next.slice(0, MAX_QUERY);
    if (offered.current !== null) {
      const services = findServices(query, offered.current);
      // Rendered in the key's own task: left to React's scheduler, the results could miss the
      // next frame.
      flushSync(() => {
        setQuery(next);
        setResults({ query: next, services });
      });
      return;
    }
    setQuery(next);
    kiosk
      .searchServices({ query })
      .then((r) => {
        // Rendered in the reply's own task, for the same reason.
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
