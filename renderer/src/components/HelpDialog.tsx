import { useTranslation } from "react-i18next";
import { Dialog } from "./Dialog";

/**
 * Where to find a person: the equivalent human service public-terminal accessibility rules require.
 */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog labelledBy="help-title" describedBy="help-body">
      <h2 id="help-title">{t("help.title")}</h2>
      <p id="help-body">{t("help.body")}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t("help.close")}
        </button>
      </div>
    </Dialog>
  );
}
