import { Search } from "lucide-react";
import { useTranslation } from "react-i18next";
import { localized, useCatalogSummary } from "../app/use-catalog";
import { CategoryGrid } from "../components/CategoryGrid";

export function CatalogScreen({
  onCategory,
  onSearch,
}: {
  onCategory: (categoryId: string) => void;
  onSearch: () => void;
}) {
  const { t, i18n } = useTranslation();
  const summary = useCatalogSummary();
  return (
    <section aria-labelledby="catalog-title">
      <div className="page-head">
        <h1 id="catalog-title" className="page-title">
          {t("catalog.title")}
        </h1>
        <button
          type="button"
          className="button button--primary button--with-icon"
          onClick={onSearch}
          data-testid="open-search"
        >
          <Search aria-hidden="true" size="1em" strokeWidth={2.25} />
          {t("catalog.search")}
        </button>
      </div>
      <CategoryGrid
        categories={summary.categories.map((c) => ({ ...c, label: localized(c.name, i18n.language) }))}
        onCategory={onCategory}
      />
    </section>
  );
}
