import { useTranslation } from "react-i18next";
import { localized, useCatalogSummary, useServices } from "../app/use-catalog";

/** The services of one category, as large list rows. */
export function CategoryScreen({ categoryId }: { categoryId: string }) {
  const { t, i18n } = useTranslation();
  const summary = useCatalogSummary();
  const services = useServices(categoryId);
  const category = summary?.categories.find((c) => c.id === categoryId);
  return (
    <section aria-labelledby="category-title" data-testid="category-screen">
      <h1 id="category-title" className="page-title">
        {category ? localized(category.name, i18n.language) : "…"}
      </h1>
      {services?.length === 0 && <p>{t("catalog.empty")}</p>}
      <ul className="service-list">
        {services?.map((s) => (
          <li key={s.id} className="service-row" data-testid={`service-${s.id}`}>
            <span className="service-row__name">{localized(s.name, i18n.language)}</span>
            {s.instantDecision && <span className="badge">秒批</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
