import { IdCard, LayoutGrid } from "lucide-react";
import { useTranslation } from "react-i18next";
import { useCatalogSummary } from "../app/use-catalog";
import { localized } from "../i18n/localized";
import { CategoryGrid } from "../components/CategoryGrid";
import { SearchButton } from "../components/SearchButton";
import { promptText } from "../voice/prompt-text";
import { useSpokenPrompt } from "../voice/use-spoken-prompt";

/** What a passer-by sees: the ways in (card, service, search), the most-used services, the categories. */
export function AttractScreen({
  onChooseService,
  onSearch,
  onCategory,
  onService,
}: {
  onChooseService: () => void;
  onSearch: () => void;
  onCategory: (categoryId: string) => void;
  onService: (serviceId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const summary = useCatalogSummary();
  const { mostUsed } = summary;
  // Read on request only: read by itself, it would talk to everyone walking past.
  useSpokenPrompt(promptText(t, { title: t("attract.placeCard"), hint: t("attract.chooseServiceHint") }), {
    auto: false,
  });
  return (
    <section className="attract" aria-labelledby="attract-title">
      <h1 id="attract-title" className="attract__title">
        {t("app.title")}
        <small>{t("app.subtitle")}</small>
      </h1>
      <div className="attract__entries">
        <div className="entry entry--card" data-testid="entry-card">
          <div className="card-animation" aria-hidden="true">
            <IdCard className="card-animation__card" size="1em" strokeWidth={1.5} />
          </div>
          <p className="entry__title">{t("attract.placeCard")}</p>
          <p className="entry__hint">{t("attract.placeCardHint")}</p>
        </div>
        <button
          type="button"
          className="entry entry--service"
          onClick={onChooseService}
          data-testid="entry-service"
        >
          <LayoutGrid className="entry__icon" aria-hidden="true" size="1em" strokeWidth={1.75} />
          <span className="entry__title">{t("attract.chooseService")}</span>
          <span className="entry__hint">{t("attract.chooseServiceHint")}</span>
        </button>
      </div>
      <SearchButton
        label={t("attract.search")}
        variant="secondary"
        onSearch={onSearch}
        testId="entry-search"
        className="search-entry"
      />
      {mostUsed.length > 0 && (
        <>
          <h2 className="section-title">{t("attract.mostUsed")}</h2>
          <ul className="tile-grid" data-testid="most-used">
            {mostUsed.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="tile tile--service"
                  onClick={() => onService(s.id)}
                  data-testid={`popular-${s.id}`}
                >
                  <span className="tile__label">{localized(s.name, i18n.language)}</span>
                  {s.instantDecision && <span className="badge">{t("catalog.instant")}</span>}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 className="section-title">{t("attract.popular")}</h2>
      <CategoryGrid
        categories={summary.categories.map((c) => ({ ...c, label: localized(c.name, i18n.language) }))}
        onCategory={onCategory}
      />
    </section>
  );
}
