import { opt, question, radio, select, t } from "../../model/build";
import { openQueryDefaults } from "../../model/defaults";
import { fuzhouDistricts } from "../../model/districts";
import type { ServiceInput } from "../../model/schema";

export const transportOutlets: ServiceInput = {
  ...openQueryDefaults("transport"),
  id: "transport-outlets",
  catalogRow: 65,
  name: t("交通服务网点/驾考考场查询", "Transit-card outlets and driving-test centres"),
  aliases: ["公交卡网点", "驾考考场", "考场查询", "充值网点"],
  steps: [
    question(
      "what",
      t("要找什么？", "What are you looking for?"),
      radio(
        opt("card-outlet", "公交卡服务网点", "Transit-card outlets"),
        opt("test-centre", "驾考考场", "Driving-test centres"),
      ),
    ),
    question("district", t("在哪个区县？", "In which district?"), select(fuzhouDistricts)),
  ],
};
