import { Megaphone } from "lucide-react";
import { useTranslation } from "react-i18next";
import type { Notice } from "../../../kiosk-config/config/fleet-fields";
import { noticeShowing } from "../../../kiosk-config/config/opening";
import { localized } from "../i18n/localized";

/** The fleet's notice for residents, in the resident's language, while it is due. */
export function NoticeBanner({ notice, now }: { notice: Notice | null | undefined; now: Date }) {
  const { i18n } = useTranslation();
  if (notice === undefined || notice === null || !noticeShowing(notice, now)) return null;
  const text = localized(notice, i18n.language);
  return (
    <aside className="notice-banner" role="note" data-testid="notice-banner">
      <Megaphone aria-hidden="true" size="1em" strokeWidth={1.75} />
      <p>{text}</p>
    </aside>
  );
}
