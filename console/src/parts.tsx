/** Small pieces every page uses: an error shown as text, a loading line, a status badge. */
import type { ReactNode } from "react";
import type { ApiError } from "./api";
import { LangContext, useT } from "./i18n";
import { useContext } from "react";
import type { Loaded } from "./use-load";

export function ErrorText({ error }: { error: ApiError }) {
  const lang = useContext(LangContext);
  return (
    <p className="error" role="alert">
      {lang === "zh-CN" ? error.reason.zh : error.reason.en}{" "}
      <span className="muted">({error.reason.en})</span>
    </p>
  );
}

/** Renders `children(data)` once loaded; the loading line and the error otherwise. */
export function Show<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  const t = useT();
  if (loaded.state === "loading") return <p className="muted">{t("loading")}</p>;
  if (loaded.state === "error") return <ErrorText error={loaded.error} />;
  return <>{children(loaded.data)}</>;
}

export function Badge({ tone, children }: { tone: "ok" | "warn" | "bad" | "muted"; children: ReactNode }) {
  return <span className={`badge ${tone}`}>{children}</span>;
}

export function Empty() {
  const t = useT();
  return <p className="muted">{t("empty")}</p>;
}

export function Json({ value }: { value: unknown }) {
  return <pre className="json">{JSON.stringify(value, null, 2)}</pre>;
}
