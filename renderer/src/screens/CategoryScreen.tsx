import { useTranslation } from "react-i18next";
import { useCatalogSummary, useServices } from "../app/use-catalog";
import { localized } from "../i18n/localized";
import { ServiceList } from "../components/ServiceList";
import { promptText } from "../voice/prompt-text";
import { useSpokenPrompt } from "../voice/use-spoken-prompt";

/** The services of one category, as large list rows that open the service. */
export function CategoryScreen({
  categoryId,
  onService,
}: {
  categoryId: string;
  onService: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const summary = useCatalogSummary();
  const services = useServices(categoryId);
  const category = summary.categories.find((c) => c.id === categoryId);
  useSpokenPrompt(
    category
      ? promptText(t, { title: localized(category.name, i18n.language), hint: t("voice.pickOne") })
      : null,
  );
  return (
    <section aria-labelledby="category-title" data-testid="category-screen">
      <h1 id="category-title" className="page-title">
        {category ? localized(category.name, i18n.language) : "…"}
      </h1>
      {services?.length === 0 && <p>{t("catalog.empty")}</p>}
      {services && <ServiceList services={services} onService={onService} />}
    </section>
  );
}
