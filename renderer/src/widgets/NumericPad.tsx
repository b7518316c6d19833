import { useTranslation } from "react-i18next";

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Longest input the pad accepts, in characters. */
  maxLength: number;
  /** Which extra key the pad shows besides the digits: "X" for ID numbers, "." for decimals. */
  extraKey?: "X" | "." | undefined;
  /** Whether the pad takes `key` after `current`; default: any key while under maxLength. */
  accepts?: (current: string, key: string) => boolean;
  /** Id of the heading that names the field. */
  labelledBy: string;
  describedBy?: string;
  invalid?: boolean;
  /** Groups the shown digits for reading, e.g. [3, 4, 4] for a phone number; default none. */
  groups?: readonly number[];
  testId?: string;
}

const DIGITS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];

/** Groups characters with thin spaces so a long number reads in chunks (138 0000 0000). */
function grouped(value: string, groups: readonly number[] | undefined): string {
  if (!groups) return value;
  const parts: string[] = [];
  let at = 0;
  for (const size of groups) {
    if (at >= value.length) break;
    parts.push(value.slice(at, at + size));
    at += size;
  }
  if (at < value.length) parts.push(value.slice(at));
  return parts.join(" ");
}

/**
 * A numeric pad for phones, ID numbers and amounts, instead of a full keyboard. The field shows
 * what was typed but takes no typing itself (inputmode none), so no OS keyboard covers the page.
 */
export function NumericPad({
  value,
  onChange,
  maxLength,
  extraKey,
  accepts,
  labelledBy,
  describedBy,
  invalid,
  groups,
  testId,
}: Props) {
  const { t } = useTranslation();
  const press = (key: string): void => {
    const ok = accepts ? accepts(value, key) : value.length < maxLength;
    if (ok) onChange(value + key);
  };
  return (
    <div className="pad" data-testid={testId ?? "numeric-pad"}>
      <input
        className="pad__display"
        readOnly
        inputMode="none"
        value={grouped(value, groups)}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        data-testid="pad-display"
      />
      <div className="pad__keys">
        {DIGITS.map((d) => (
          <button
            key={d}
            type="button"
            className="pad__key"
            onClick={() => press(d)}
            data-testid={`key-${d}`}
          >
            {d}
          </button>
        ))}
        {extraKey ? (
          <button
            type="button"
            className="pad__key"
            onClick={() => press(extraKey)}
            data-testid={`key-${extraKey}`}
          >
            {extraKey}
          </button>
        ) : (
          <button type="button" className="pad__key pad__key--action" onClick={() => onChange("")}>
            {t("widget.clear")}
          </button>
        )}
        <button type="button" className="pad__key" onClick={() => press("0")} data-testid="key-0">
          0
        </button>
        <button
          type="button"
          className="pad__key pad__key--action"
          onClick={() => onChange(value.slice(0, -1))}
          data-testid="key-delete"
        >
          <span aria-hidden="true">⌫ </span>
          {t("widget.delete")}
        </button>
      </div>
    </div>
  );
}
