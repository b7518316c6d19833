import { useTranslation } from "react-i18next";
import { compareYmd, daysInMonth, formatYmd, parseYmd, type Ymd } from "./dates";

interface Props {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  min: Ymd;
  max: Ymd;
  labelledBy: string;
  describedBy?: string;
}

/** Year tiles when the range spans a few years; a stepper when it spans decades (birth years). */
const MAX_YEAR_TILES = 8;

/**
 * A date picked from tiles, never typed: year, then month, then day, each limited to
 * the definition's range so an impossible date cannot be chosen.
 */
export function DatePicker({ value, onChange, min, max, labelledBy, describedBy }: Props) {
  const { t } = useTranslation();
  const chosen = value ? parseYmd(value) : null;
  const inRange = (d: Ymd): boolean => compareYmd(d, min) >= 0 && compareYmd(d, max) <= 0;
  // A month can be chosen when any of its days is in range.
  const monthInRange = (y: number, m: number): boolean =>
    compareYmd({ year: y, month: m, day: 1 }, max) <= 0 &&
    compareYmd({ year: y, month: m, day: daysInMonth(y, m) }, min) >= 0;

  /** Picks a year or month and keeps the rest of the date when it still fits, else clears the day. */
  const pick = (next: { year: number; month: number | null; day: number | null }): void => {
    if (next.month === null || next.day === null) {
      onChange(next.month === null ? `${next.year}` : `${next.year}-${String(next.month).padStart(2, "0")}`);
      return;
    }
    const d = { year: next.year, month: next.month, day: next.day };
    onChange(
      next.day <= daysInMonth(d.year, d.month) && inRange(d)
        ? formatYmd(d)
        : `${d.year}-${String(d.month).padStart(2, "0")}`,
    );
  };
  // A partial pick ("2026" or "2026-10") is kept as the value so the tiles stay highlighted; the
  // question page only accepts a full YYYY-MM-DD.
  const partial = value ? /^(\d{4})(?:-(\d{2}))?$/.exec(value) : null;
  const shownYear = chosen?.year ?? (partial ? Number(partial[1]) : max.year);
  const shownMonth = chosen?.month ?? (partial?.[2] ? Number(partial[2]) : null);
  const shownDay = chosen?.day ?? null;

  const years: number[] = [];
  for (let y = max.year; y >= min.year; y--) years.push(y);

  return (
    <div className="date-picker" aria-describedby={describedBy}>
      <fieldset className="date-picker__part">
        <legend>{t("widget.year")}</legend>
        {years.length <= MAX_YEAR_TILES ? (
          <div className="option-tiles option-tiles--compact" role="radiogroup" aria-labelledby={labelledBy}>
            {years.map((y) => (
              <button
                key={y}
                type="button"
                role="radio"
                aria-checked={y === shownYear && value !== undefined}
                className={`option-tile${y === shownYear && value !== undefined ? " option-tile--on" : ""}`}
                onClick={() => pick({ year: y, month: shownMonth, day: shownDay })}
                data-testid={`year-${y}`}
              >
                {t("widget.yearLabel", { year: y })}
              </button>
            ))}
          </div>
        ) : (
          <div className="stepper">
            {[-10, -1].map((step) => (
              <button
                key={step}
                type="button"
                className="button button--secondary"
                disabled={shownYear + step < min.year}
                onClick={() => pick({ year: shownYear + step, month: shownMonth, day: shownDay })}
                data-testid={`year-step${step}`}
              >
                {step}
              </button>
            ))}
            <output className="stepper__value" data-testid="year-value">
              {t("widget.yearLabel", { year: shownYear })}
            </output>
            {[1, 10].map((step) => (
              <button
                key={step}
                type="button"
                className="button button--secondary"
                disabled={shownYear + step > max.year}
                onClick={() => pick({ year: shownYear + step, month: shownMonth, day: shownDay })}
                data-testid={`year-step+${step}`}
              >
                +{step}
              </button>
            ))}
          </div>
        )}
      </fieldset>
      <fieldset className="date-picker__part">
        <legend>{t("widget.month")}</legend>
        <div className="option-tiles option-tiles--months" role="radiogroup" aria-labelledby={labelledBy}>
          {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => {
            const on = m === shownMonth;
            return (
              <button
                key={m}
                type="button"
                role="radio"
                aria-checked={on}
                disabled={!monthInRange(shownYear, m)}
                className={`option-tile${on ? " option-tile--on" : ""}`}
                onClick={() => pick({ year: shownYear, month: m, day: shownDay })}
                data-testid={`month-${m}`}
              >
                {t("widget.monthLabel", { month: m })}
              </button>
            );
          })}
        </div>
      </fieldset>
      {shownMonth !== null && (
        <fieldset className="date-picker__part">
          <legend>{t("widget.day")}</legend>
          <div className="option-tiles option-tiles--days" role="radiogroup" aria-labelledby={labelledBy}>
            {Array.from({ length: daysInMonth(shownYear, shownMonth) }, (_, i) => i + 1).map((d) => {
              const on = d === shownDay;
              return (
                <button
                  key={d}
                  type="button"
                  role="radio"
                  aria-checked={on}
                  disabled={!inRange({ year: shownYear, month: shownMonth, day: d })}
                  className={`option-tile${on ? " option-tile--on" : ""}`}
                  onClick={() => pick({ year: shownYear, month: shownMonth, day: d })}
                  data-testid={`day-${d}`}
                >
                  {d}
                </button>
              );
            })}
          </div>
        </fieldset>
      )}
      {chosen && (
        <p className="date-picker__chosen" role="status">
          {t("widget.chosenDate", { date: formatYmd(chosen) })}
        </p>
      )}
    </div>
  );
}
