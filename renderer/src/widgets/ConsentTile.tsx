import { useTranslation } from "react-i18next";
import type { LocalizedText } from "../../../core/api";
import { localized } from "../i18n/localized";

/** A statement the resident ticks to accept, as one large checkbox tile. */
export function ConsentTile({
  statement,
  checked,
  onChange,
  describedBy,
}: {
  statement: LocalizedText;
  checked: boolean;
  onChange: (checked: boolean) => void;
  describedBy?: string;
}) {
  const { i18n } = useTranslation();
  return (
    <button
      type="button"
      role="checkbox"
      aria-checked={checked}
      aria-describedby={describedBy}
      className={`option-tile option-tile--consent${checked ? " option-tile--on" : ""}`}
      onClick={() => onChange(!checked)}
      data-testid="consent"
    >
      <span className="option-tile__mark" aria-hidden="true">
        {checked ? "✓" : ""}
      </span>
      <span>{localized(statement, i18n.language)}</span>
    </button>
  );
}
