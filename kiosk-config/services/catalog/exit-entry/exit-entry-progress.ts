import { t } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";
import { documentType } from "./shared";

export const exitEntryProgress: ServiceInput = {
  ...queryDefaults("exit-entry"),
  id: "exit-entry-progress",
  catalogRow: 57,
  name: t("出入境证件办理进度查询", "Exit-entry document progress"),
  aliases: ["护照进度", "通行证进度", "出入境进度"],
  steps: [documentType()],
};
