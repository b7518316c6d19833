import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { promptText } from "../voice/prompt-text";
import { useSpokenPrompt } from "../voice/use-spoken-prompt";
import { type ProblemItem, ProblemSummary } from "./ProblemSummary";

interface Props {
  title: string;
  hint?: string | undefined;
  problems?: readonly ProblemItem[];
  children?: ReactNode;
  /** The primary action, bottom-right in the same place on every page; omitted on progress pages. */
  primary?: { label: string; onClick: () => void; testId?: string; disabled?: boolean } | undefined;
  /** Actions beside the primary one (返回, 跳过 …), drawn as secondary buttons to its left. */
  secondary?: readonly { label: string; onClick: () => void; testId: string }[];
  onBack?: (() => void) | undefined;
  onCancel?: (() => void) | undefined;
  testId: string;
}

/**
 * One page of a flow: the heading is the question, then the hint, the problems, the controls and
 * the actions with 继续 bottom-right. The heading takes focus on each new page so a screen reader
 * announces it.
 */
export function PageFrame({
  title,
  hint,
  problems = [],
  children,
  primary,
  secondary = [],
  onBack,
  onCancel,
  testId,
}: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, [title]);
  // The page's spoken prompt is what it shows: the question, its hint, then the primary action.
  useSpokenPrompt(promptText(t, { title, hint, action: primary?.label }));
  return (
    <section className="flow-page" aria-labelledby="flow-title" data-testid={testId}>
      <h1 id="flow-title" className="page-title flow-page__title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {hint && (
        <p id="flow-hint" className="flow-page__hint">
          {hint}
        </p>
      )}
      <ProblemSummary problems={problems} />
      <div className="flow-page__body">{children}</div>
      <div className="flow-actions">
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel} data-testid="flow-cancel">
            {t("flow.cancel")}
          </button>
        )}
        <span className="flow-actions__spacer" />
        {onBack && (
          <button type="button" className="button button--secondary" onClick={onBack} data-testid="flow-back">
            <span aria-hidden="true">‹ </span>
            {t("flow.back")}
          </button>
        )}
        {secondary.map((s) => (
          <button
            key={s.testId}
            type="button"
            className="button button--secondary"
            onClick={s.onClick}
            data-testid={s.testId}
          >
            {s.label}
          </button>
        ))}
        {primary && (
          <button
            type="button"
            className="button button--primary"
            onClick={primary.onClick}
            disabled={primary.disabled}
            data-testid={primary.testId ?? "flow-continue"}
          >
            {primary.label}
          </button>
        )}
      </div>
    </section>
  );
}
