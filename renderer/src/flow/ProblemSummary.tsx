import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/** One problem on the page: what is wrong, and the id of the field it belongs to. */
export interface ProblemItem {
  message: string;
  /** Element the summary entry moves focus to; default none. */
  fieldId?: string;
}

/**
 * GOV.UK's error summary: "出现问题" and the list of problems at the top, in words, and
 * focused so it is read out; each field also shows its own message.
 */
export function ProblemSummary({ problems }: { problems: readonly ProblemItem[] }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) box.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;
  return (
    <div
      className="problem-summary"
      role="alert"
      tabIndex={-1}
      ref={box}
      aria-labelledby="problem-title"
      data-testid="problem-summary"
    >
      <h2 id="problem-title">{t("flow.errorSummary")}</h2>
      <ul>
        {problems.map((p) => (
          <li key={p.message}>{p.message}</li>
        ))}
      </ul>
    </div>
  );
}
