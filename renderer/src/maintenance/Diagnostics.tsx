import { AlertTriangle, Check, X } from "lucide-react";
import { useEffect, useState } from "react";
import type { DiagnosticId, DiagnosticInfo, DiagnosticResult, Verdict } from "../../../core/api";
import { useKiosk } from "../app/kiosk-context";
import { localized } from "../i18n/localized";
import { say } from "./text";

const VERDICT_WORD = { ok: "verdictOk", warn: "verdictWarn", fail: "verdictFail" } as const;

function VerdictMark({ verdict }: { verdict: Verdict }) {
  const Mark = verdict === "ok" ? Check : verdict === "warn" ? AlertTriangle : X;
  return <Mark className="pass-mark" aria-hidden="true" size="1em" strokeWidth={3} />;
}

/** The registry of diagnostics: one row each, a one-tap test, its verdict and plain details. */
export function Diagnostics({
  token,
  locale,
  onLocked,
}: {
  token: string;
  locale: string;
  onLocked: () => void;
}) {
  const { kiosk } = useKiosk();
  const [list, setList] = useState<DiagnosticInfo[]>([]);
  const [results, setResults] = useState<Partial<Record<DiagnosticId, DiagnosticResult>>>({});
  const [running, setRunning] = useState<DiagnosticId | null>(null);

  useEffect(() => {
    kiosk.listDiagnostics({ token }).then((r) => setList(r.diagnostics), onLocked);
  }, [kiosk, token, onLocked]);

  const run = (id: DiagnosticId): void => {
    setRunning(id);
    kiosk.runDiagnostic({ token, id }).then((result) => {
      setResults((before) => ({ ...before, [id]: result }));
      setRunning(null);
    }, onLocked);
  };

  return (
    <>
      <h2>{say("diagnostics", locale)}</h2>
      <ul className="check-list" data-testid="diagnostics">
        {list.map((d) => {
          const result = results[d.id];
          return (
            <li
              key={d.id}
              className={`check diagnostic${result ? ` diagnostic--${result.verdict}` : ""}`}
              data-testid={`diagnostic-${d.id}`}
            >
              <div className="diagnostic__head">
                <strong>{localized(d.label, locale)}</strong>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={running !== null}
                  onClick={() => run(d.id)}
                  data-testid={`run-${d.id}`}
                >
                  {running === d.id ? say("running", locale) : say("runTest", locale)}
                </button>
              </div>
              <small>{localized(d.hint, locale)}</small>
              {result && (
                <div className="diagnostic__result" role="status" data-testid={`result-${d.id}`}>
                  <p className="diagnostic__verdict">
                    <VerdictMark verdict={result.verdict} /> {say(VERDICT_WORD[result.verdict], locale)}：
                    {localized(result.summary, locale)}
                  </p>
                  <dl className="diagnostic__details">
                    {result.details.map((detail) => (
                      <div key={detail.label.en}>
                        <dt>{localized(detail.label, locale)}</dt>
                        <dd>{detail.value}</dd>
                      </div>
                    ))}
                  </dl>
                  {result.lines.length > 0 && (
                    <pre className="diagnostic__lines">{result.lines.join("\n")}</pre>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
