import { useTranslation } from "react-i18next";
import { CategoryIcon } from "../icons/CategoryIcon";

interface Tile {
  id: string;
  label: string;
  icon: string;
  serviceCount: number;
}

/** Large category tiles: a single tap opens the category (taps only: no hover, swipe or long press). */
export function CategoryGrid({
  categories,
  onCategory,
}: {
  categories: Tile[];
  onCategory: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <ul className="tile-grid">
      {categories.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            className="tile"
            onClick={() => onCategory(c.id)}
            data-testid={`category-${c.id}`}
          >
            <span className="tile__icon" aria-hidden="true">
              <CategoryIcon name={c.icon} />
            </span>
            <span className="tile__label" elementtiming="category-tile">
              {c.label}
            </span>
            <span className="tile__meta">{t("catalog.services", { count: c.serviceCount })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
