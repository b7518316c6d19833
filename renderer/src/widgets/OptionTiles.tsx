import { useTranslation } from "react-i18next";
import type { Option } from "../../../kiosk-config/services/model/schema";
import { localized } from "../i18n/localized";

interface Props {
  options: readonly Option[];
  /** The chosen value(s): a string for single choice, a list for several. */
  value: string | readonly string[] | undefined;
  multiple: boolean;
  onChange: (value: string | string[] | undefined) => void;
  /** Id of the heading that names the group (the question). */
  labelledBy: string;
  describedBy?: string;
  invalid?: boolean;
}

/**
 * Large option tiles, each a full-size target: radio behaviour for one choice, checkbox behaviour
 * for several. A tick and the word are shown, so colour is never the only signal.
 */
export function OptionTiles({ options, value, multiple, onChange, labelledBy, describedBy, invalid }: Props) {
  const { i18n } = useTranslation();
  const chosen = new Set(typeof value === "string" ? [value] : (value ?? []));
  const toggle = (v: string): void => {
    if (!multiple) {
      onChange(v);
      return;
    }
    const next = new Set(chosen);
    if (next.has(v)) next.delete(v);
    else next.add(v);
    const ordered = options.map((o) => o.value).filter((o) => next.has(o));
    onChange(ordered.length === 0 ? undefined : ordered);
  };
  return (
    <div
      className="option-tiles"
      role={multiple ? "group" : "radiogroup"}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      aria-invalid={!multiple && invalid ? true : undefined}
    >
      {options.map((o) => {
        const on = chosen.has(o.value);
        return (
          <button
            key={o.value}
            type="button"
            role={multiple ? "checkbox" : "radio"}
            aria-checked={on}
            className={`option-tile${on ? " option-tile--on" : ""}`}
            onClick={() => toggle(o.value)}
            data-testid={`option-${o.value}`}
          >
            <span className="option-tile__mark" aria-hidden="true">
              {on ? "✓" : ""}
            </span>
            <span>{localized(o.label, i18n.language)}</span>
          </button>
        );
      })}
    </div>
  );
}
