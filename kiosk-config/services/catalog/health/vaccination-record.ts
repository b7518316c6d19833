import { t } from "../../model/build";
import { forWhomQuestion } from "../../model/common";
import { END } from "../../model/end";
import type { ServiceInput } from "../../model/schema";
import { healthQuery } from "./shared";

export const vaccinationRecord: ServiceInput = {
  ...healthQuery,
  id: "vaccination-record",
  catalogRow: 87,
  name: t("预防接种记录查询", "Vaccination record query"),
  aliases: ["疫苗记录", "接种记录", "打疫苗", "预防针"],
  steps: forWhomQuestion("childIdNumber", END),
};
