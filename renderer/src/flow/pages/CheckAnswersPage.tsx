import { useTranslation } from "react-i18next";
import type { CardHolder } from "../../../../core/api";
import { questionLabel } from "../../../../kiosk-config/services/model/question-label";
import type { ServiceDefinition } from "../../../../kiosk-config/services/model/schema";
import { localized } from "../../i18n/localized";
import { describeAnswer } from "../describe-answer";
import { PageFrame } from "../PageFrame";
import { type FlowAnswers, pathThrough } from "../routing";
import type { HeldPhoto } from "../state";

interface Props {
  service: ServiceDefinition;
  stepId: string;
  answers: FlowAnswers;
  photos: Readonly<Record<string, readonly HeldPhoto[]>>;
  holder: CardHolder | null;
  onEdit: (stepId: string) => void;
  onSubmit: () => void;
  onBack: () => void;
  onCancel: () => void;
}

/** Every answer on the resident's path with a 修改 per row; the card holder shown masked. */
export function CheckAnswersPage({
  service,
  stepId,
  answers,
  photos,
  holder,
  onEdit,
  onSubmit,
  onBack,
  onCancel,
}: Props) {
  const { t, i18n } = useTranslation();
  const path = pathThrough(service, answers);
  const upTo = path.findIndex((s) => s.id === stepId);
  const questions = path
    .slice(0, upTo < 0 ? path.length : upTo)
    .flatMap((s) => (s.type === "question" ? [s] : []));
  return (
    <PageFrame
      title={t("flow.checkTitle")}
      primary={{ label: t("flow.submit"), onClick: onSubmit, testId: "flow-submit" }}
      onBack={onBack}
      onCancel={onCancel}
      testId="page-check"
    >
      <dl className="summary-list">
        {holder && (
          <div className="summary-list__row" data-testid="summary-holder">
            <dt>{t("flow.checkHolder")}</dt>
            <dd>
              {holder.name} <span className="mono">{holder.idNumberMasked}</span>
            </dd>
            <dd />
          </div>
        )}
        {questions.map((q) => {
          const text = describeAnswer(
            q.answer,
            answers[q.field],
            photos[q.field]?.length ?? 0,
            t,
            i18n.language,
          );
          const label = localized(questionLabel(q), i18n.language);
          return (
            <div className="summary-list__row" key={q.id} data-testid={`summary-${q.field}`}>
              <dt>{label}</dt>
              <dd className={text === null ? "summary-list__empty" : undefined}>
                {text ?? t("flow.notAnswered")}
              </dd>
              <dd>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onEdit(q.id)}
                  aria-label={`${t("flow.change")} ${label}`}
                  data-testid={`change-${q.field}`}
                >
                  {t("flow.change")}
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
    </PageFrame>
  );
}
