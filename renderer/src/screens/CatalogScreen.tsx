import { useTranslation } from "react-i18next";
import { useCatalogSummary } from "../app/use-catalog";
import { localized } from "../i18n/localized";
import { CategoryGrid } from "../components/CategoryGrid";
import { SearchButton } from "../components/SearchButton";
import { promptText } from "../voice/prompt-text";
import { useSpokenPrompt } from "../voice/use-spoken-prompt";

export function CatalogScreen({
  cardRead,
  onCategory,
  onSearch,
}: {
  /** A card was read for this session: say so, since the resident may have just placed it. */
  cardRead: boolean;
  onCategory: (categoryId: string) => void;
  onSearch: () => void;
}) {
  const { t, i18n } = useTranslation();
  const summary = useCatalogSummary();
  useSpokenPrompt(promptText(t, { title: t("catalog.title"), hint: t("voice.pickOne") }));
  return (
    <section aria-labelledby="catalog-title">
      <div className="page-head">
        <h1 id="catalog-title" className="page-title">
          {t("catalog.title")}
        </h1>
        <SearchButton
          label={t("catalog.search")}
          variant="primary"
          onSearch={onSearch}
          testId="open-search"
        />
      </div>
      <p className="card-read-note" role="status" data-testid="card-read-note">
        {cardRead ? t("catalog.cardRead") : ""}
      </p>
      <CategoryGrid
        categories={summary.categories.map((c) => ({ ...c, label: localized(c.name, i18n.language) }))}
        onCategory={onCategory}
      />
    </section>
  );
}
