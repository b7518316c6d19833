import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { QuestionStep } from "../../../../kiosk-config/services/model/schema";
import { localized } from "../../i18n/localized";
import { AnswerWidget } from "../../widgets/AnswerWidget";
import { PageFrame } from "../PageFrame";
import { problemText } from "../problem-text";
import type { FlowAnswers } from "../routing";
import type { HeldPhoto } from "../state";
import { validateAnswer } from "../validate";

interface Props {
  step: QuestionStep;
  value: FlowAnswers[string] | undefined;
  photos: readonly HeldPhoto[];
  onAnswer: (value: FlowAnswers[string] | undefined, photos?: readonly HeldPhoto[]) => void;
  onContinue: () => void;
  onBack: () => void;
  onCancel: () => void;
  /** The value now shown was read from a photographed document: the parent confirms or corrects. */
  fromDocument?: boolean;
}

/** One question on one page: the heading is the question (GOV.UK's one-thing-per-page pattern). */
export function QuestionPage({ step, value, photos, onAnswer, onContinue, onBack, onCancel, fromDocument = false }: Props) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState<string | null>(null);
  const [cameraAvailable, setCameraAvailable] = useState(true);
  const title = localized(step.title, i18n.language) + (step.optional ? ` ${t("flow.optional")}` : "");
  const hint = step.hint ? localized(step.hint, i18n.language) : undefined;

  const check = (): string | null => {
    const problem = validateAnswer(step.answer, value, {
      photoCount: photos.length,
      cameraAvailable,
      optional: step.optional,
    });
    return problem ? problemText(problem, t, i18n.language) : null;
  };
  const submit = (): void => {
    const message = check();
    setShown(message);
    if (message === null) onContinue();
  };
  // Once shown, the message follows the answer so it disappears as soon as the answer is right.
  const current = shown === null ? null : check();
  const fieldError = `field-error-${step.id}`;
  const describedBy =
    [hint ? "flow-hint" : "", current ? fieldError : ""].filter(Boolean).join(" ") || undefined;
  const skippable =
    step.answer.type === "photo" && (step.optional || !cameraAvailable) && photos.length === 0;
  return (
    <PageFrame
      title={title}
      hint={hint}
      problems={current ? [{ message: current, fieldId: fieldError }] : []}
      primary={{ label: skippable ? t("flow.skip") : t("flow.continue"), onClick: submit }}
      onBack={onBack}
      onCancel={onCancel}
      testId={`question-${step.field}`}
    >
      {fromDocument && (
        <p className="from-document" data-testid="from-document">
          {t("document.fromDocument")}
        </p>
      )}
      {current && (
        <p id={fieldError} className="field-error" data-testid="field-error">
          <span className="visually-hidden">{t("flow.errorSummary")}: </span>
          {current}
        </p>
      )}
      <AnswerWidget
        answer={step.answer}
        value={value}
        onChange={(v) => onAnswer(v)}
        photos={photos}
        onPhotos={(p) => onAnswer(undefined, p)}
        onCameraAvailable={setCameraAvailable}
        labelledBy="flow-title"
        describedBy={describedBy}
        invalid={current !== null}
      />
    </PageFrame>
  );
}
