import { t } from "../../model/build";
import { forWhomQuestion } from "../../model/common";
import { queryDefaults } from "../../model/defaults";
import { END } from "../../model/end";
import type { ServiceInput } from "../../model/schema";

export const vaccinationRecord: ServiceInput = {
  ...queryDefaults("health"),
  id: "vaccination-record",
  catalogRow: 87,
  name: t("预防接种记录查询", "Vaccination record query"),
  aliases: ["疫苗记录", "接种记录", "打疫苗", "预防针"],
  steps: forWhomQuestion("childIdNumber", END),
};
