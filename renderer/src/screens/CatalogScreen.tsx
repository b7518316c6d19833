import { useTranslation } from "react-i18next";
import { localized, useCatalogSummary } from "../app/use-catalog";
import { CategoryGrid } from "../components/CategoryGrid";

export function CatalogScreen({ onCategory }: { onCategory: (categoryId: string) => void }) {
  const { t, i18n } = useTranslation();
  const summary = useCatalogSummary();
  return (
    <section aria-labelledby="catalog-title">
      <h1 id="catalog-title" className="page-title">
        {t("catalog.title")}
      </h1>
      {summary && (
        <CategoryGrid
          categories={summary.categories.map((c) => ({ ...c, label: localized(c.name, i18n.language) }))}
          onCategory={onCategory}
        />
      )}
    </section>
  );
}
