import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from "react";
import type { TicketPreview } from "../../../kiosk-config/layouts/model";
import type { ServiceDefinition } from "../../../kiosk-config/services/model/schema";
import { useKiosk } from "../app/kiosk-context";
import { type CallFailure, callFailure } from "./call-failure";
import { FinishingPage } from "./pages/FinishingPage";
import { CheckAnswersPage } from "./pages/CheckAnswersPage";
import { DocumentCapturePage, type ReadFields } from "./pages/DocumentCapturePage";
import { FacePage } from "./pages/FacePage";
import { GoodbyePage } from "./pages/GoodbyePage";
import { IdentityPage } from "./pages/IdentityPage";
import { InfoPage } from "./pages/InfoPage";
import { NeedsPage } from "./pages/NeedsPage";
import { PrintPage } from "./pages/PrintPage";
import { QuestionPage } from "./pages/QuestionPage";
import { ResultPage } from "./pages/ResultPage";
import { phoneAnswer } from "../../../kiosk-config/services/phone-answer";
import { PaymentPage } from "./payment/PaymentPage";
import type { FlowScreenProps } from "./FlowScreen";
import { finishFlow, finishKind, receiptOf } from "./finish";
import { canGoBack, flowReducer, initialFlowState } from "./state";

type Props = FlowScreenProps & { service: ServiceDefinition; online: boolean };

/**
 * Runs one service definition page by page. All answers and photos live in this component's
 * state, under the App's session generation: ending the session unmounts it and they are gone.
 */
export function FlowRunner({ service, online, holder, session, onEnd, onLeave, registerBack }: Props) {
  const { kiosk } = useKiosk();
  const [state, dispatch] = useReducer(flowReducer(service), undefined, initialFlowState);
  const [failure, setFailure] = useState<CallFailure | null>(null);
  const [printed, setPrinted] = useState<{ preview: TicketPreview | null } | null>(null);
  // Values pre-filled from a photographed document, by field: a field counts as "from the
  // document" only while its answer is still the value read (the parent may correct it).
  const [readValues, setReadValues] = useState<Record<string, string>>({});
  const fromDocument = (): string[] =>
    Object.entries(readValues)
      .filter(([field, value]) => stateRef.current.answers[field] === value)
      .map(([field]) => field);
  const stateRef = useRef(state);
  const fromDocumentRef = useRef<() => string[]>(() => []);
  const hasCard = holder !== null;
  const hasCardRef = useRef(hasCard);
  useLayoutEffect(() => {
    stateRef.current = state;
    hasCardRef.current = hasCard;
    fromDocumentRef.current = fromDocument;
  });

  // The App holds the card holder (one place); a card read while the identity page shows moves on.
  useEffect(() => {
    if (holder !== null) dispatch({ type: "card-read" });
  }, [holder]);
  useEffect(
    () =>
      kiosk.on("card-removed", () => {
        if (service.wipeOnCardRemoval && hasCardRef.current) onEnd("card-removed");
      }),
    [kiosk, service.wipeOnCardRemoval, onEnd],
  );

  const back = useCallback((): void => {
    if (canGoBack(stateRef.current)) dispatch({ type: "back" });
    else if (stateRef.current.result === null && stateRef.current.page.kind === "needs") onLeave();
  }, [onLeave]);
  useEffect(() => {
    registerBack(() => {
      back();
      return true;
    });
    return () => registerBack(null);
  }, [registerBack, back]);

  const cancel = (): void => onEnd("cancel");
  const kind = finishKind(service);

  // Finishing runs once per attempt: entering the finishing page starts it, 重试 starts another.
  const [attempt, setAttempt] = useState(0);
  const ran = useRef(-1);
  const onFinishing = state.page.kind === "finishing";
  useEffect(() => {
    if (!onFinishing || ran.current === attempt) return;
    ran.current = attempt;
    // Core says why a call failed, in the resident's words (offline, no card, busy …): the page
    // shows what it was told rather than asking again and guessing.
    const run = async (): Promise<void> => {
      try {
        const id = await session();
        const result = await finishFlow(
          kiosk,
          id,
          service,
          stateRef.current.answers,
          stateRef.current.photos,
          fromDocumentRef.current(),
        );
        dispatch({ type: "finished", result });
      } catch (error) {
        setFailure(callFailure(error));
      }
    };
    void run();
  }, [onFinishing, attempt, kiosk, service, session]);
  const retry = (): void => {
    setFailure(null);
    setAttempt((n) => n + 1);
  };

  const page = state.page;
  switch (page.kind) {
    case "needs":
      return (
        <NeedsPage
          service={service}
          offlineBlocked={!online && service.offline === "online-only"}
          onStart={() => dispatch({ type: "start", hasCard })}
          onBack={onLeave}
          onCancel={cancel}
        />
      );
    case "identity":
      return (
        <IdentityPage
          optional={service.identity === "optional"}
          session={session}
          onSkip={() => dispatch({ type: "skip-identity" })}
          onBack={back}
          onCancel={cancel}
        />
      );
    case "face":
      return (
        <FacePage
          onDone={(photo) => dispatch({ type: "face-done", photo })}
          onBack={back}
          onCancel={cancel}
        />
      );
    case "step": {
      const step = service.steps.find((s) => s.id === page.stepId);
      if (!step) return null;
      switch (step.type) {
        case "question":
          return (
            <QuestionPage
              key={step.id}
              step={step}
              value={state.answers[step.field]}
              photos={state.photos[step.field] ?? []}
              onAnswer={(value, photos) =>
                dispatch({
                  type: "answer",
                  stepId: step.id,
                  field: step.field,
                  value,
                  ...(photos ? { photos } : {}),
                })
              }
              onContinue={() => dispatch({ type: "continue", stepId: step.id })}
              onBack={back}
              onCancel={cancel}
              fromDocument={readValues[step.field] !== undefined && readValues[step.field] === state.answers[step.field]}
            />
          );
        case "check-answers":
          return (
            <CheckAnswersPage
              service={service}
              stepId={step.id}
              answers={state.answers}
              photos={state.photos}
              holder={holder}
              onEdit={(id) => dispatch({ type: "edit", stepId: id, checkStepId: step.id })}
              onSubmit={() => dispatch({ type: "continue", stepId: step.id })}
              onBack={back}
              onCancel={cancel}
            />
          );
        case "info":
          return (
            <InfoPage
              key={step.id}
              title={step.title}
              body={step.body}
              blocked={false}
              onContinue={() => dispatch({ type: "continue", stepId: step.id })}
              onBack={back}
              onCancel={cancel}
            />
          );
        case "device":
          if (step.reads === "birth-certificate") {
            const prefill = (fields: ReadFields): void => {
              const read: Record<string, string> = {};
              for (const [field, found] of Object.entries(fields)) {
                const question = service.steps.find((q) => q.type === "question" && q.field === field);
                if (question === undefined) continue;
                read[field] = found.value;
                dispatch({ type: "answer", stepId: question.id, field, value: found.value });
              }
              setReadValues(read);
              dispatch({ type: "continue", stepId: step.id });
            };
            return (
              <DocumentCapturePage
                key={step.id}
                sessionId={session}
                title={step.title}
                hint={step.hint}
                onRead={prefill}
                onSkip={() => dispatch({ type: "continue", stepId: step.id })}
                onBack={back}
                onCancel={cancel}
              />
            );
          }
          return (
            <InfoPage
              key={step.id}
              title={step.title}
              body={step.hint ?? null}
              blocked
              onContinue={() => undefined}
              onBack={back}
              onCancel={cancel}
            />
          );
      }
      return null;
    }
    case "finishing":
      return (
        <FinishingPage
          kind={kind}
          failure={failure}
          onRetry={retry}
          onBack={() => {
            retry();
            dispatch({ type: "failed" });
          }}
          onCancel={cancel}
        />
      );
    case "result": {
      if (!state.result) return null;
      if (state.result.kind === "payment") {
        return (
          <PaymentPage
            key={state.result.payment.orderId}
            payment={state.result.payment}
            session={session}
            onChange={(payment) => dispatch({ type: "payment-changed", payment })}
            onPrint={() => dispatch({ type: "to-print" })}
            onFinish={() => dispatch({ type: "printed" })}
            onPayAgain={() => {
              dispatch({ type: "pay-again" });
              setAttempt((n) => n + 1);
            }}
            onHome={() => onEnd("done")}
          />
        );
      }
      return (
        <ResultPage
          service={service}
          result={state.result}
          onPrint={() => dispatch({ type: "to-print" })}
          onFinish={() => dispatch({ type: "printed" })}
          phone={phoneAnswer(service, state.answers)}
          session={session}
        />
      );
    }
    case "print": {
      // Core prints the receipt it made; the page only checks there is one to offer.
      const receipt = state.result ? receiptOf(state.result) : null;
      if (!receipt) return null;
      return (
        <PrintPage
          session={session}
          onPrinted={(preview) => {
            setPrinted({ preview });
            dispatch({ type: "printed" });
          }}
          onSkip={() => dispatch({ type: "printed" })}
          onBackToResult={() => dispatch({ type: "back" })}
        />
      );
    }
    case "goodbye":
      return (
        <GoodbyePage
          printed={printed !== null}
          preview={printed?.preview ?? null}
          hadCard={hasCard}
          onDone={() => onEnd("done")}
        />
      );
  }
}
