import { opt, question, radio, select, t } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import { fuzhouDistricts } from "../../model/districts";
import { END } from "../../model/end";
import type { ServiceInput } from "../../model/schema";

export const childcareTrainingLookup: ServiceInput = {
  ...queryDefaults("culture-education"),
  identity: "none",
  needs: [],
  id: "childcare-training-lookup",
  catalogRow: 84,
  name: t("托育与培训机构查询", "Childcare and training institution lookup"),
  aliases: ["托育机构", "托儿所", "培训机构", "早教"],
  steps: [
    question(
      "institutionType",
      t("找哪类机构？", "What kind of institution?"),
      radio(
        opt("childcare", "3岁以下托育机构", "Childcare under 3"),
        opt("training", "校外培训机构", "Out-of-school training"),
      ),
    ),
    question("district", t("在哪个区县？", "In which district?"), select(fuzhouDistricts), { next: END }),
  ],
};
