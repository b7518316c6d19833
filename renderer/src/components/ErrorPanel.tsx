import { useTranslation } from "react-i18next";

export function ErrorPanel({ onRestart }: { onRestart: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="panel panel--error" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{t("error.title")}</h1>
      <p>{t("error.body")}</p>
      <button type="button" className="button button--primary" onClick={onRestart}>
        {t("error.restart")}
      </button>
    </section>
  );
}
