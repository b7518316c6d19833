import { useTranslation } from "react-i18next";
import { localized, useCatalogSummary } from "../app/use-catalog";
import { CategoryGrid } from "../components/CategoryGrid";

/** What a passer-by sees: the two ways in (card or service), and the categories. */
export function AttractScreen({
  onChooseService,
  onCategory,
}: {
  onChooseService: () => void;
  onCategory: (categoryId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const summary = useCatalogSummary();
  return (
    <section className="attract" aria-labelledby="attract-title">
      <h1 id="attract-title" className="attract__title">
        {t("app.title")}
        <small>{t("app.subtitle")}</small>
      </h1>
      <div className="attract__entries">
        <div className="entry entry--card" data-testid="entry-card">
          <div className="card-animation" aria-hidden="true">
            <span className="card-animation__card">▭</span>
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
          <span className="entry__icon" aria-hidden="true">
            ☰
          </span>
          <span className="entry__title">{t("attract.chooseService")}</span>
          <span className="entry__hint">{t("attract.chooseServiceHint")}</span>
        </button>
      </div>
      <h2 className="section-title">{t("attract.popular")}</h2>
      {summary && (
        <CategoryGrid
          categories={summary.categories.map((c) => ({ ...c, label: localized(c.name, i18n.language) }))}
          onCategory={onCategory}
        />
      )}
    </section>
  );
}
