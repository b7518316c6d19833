import { opt, question, radio, t, when } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import { END } from "../../model/end";
import type { ServiceInput } from "../../model/schema";
import { certificateNo } from "./shared";

export const propertyMortgageStatus: ServiceInput = {
  ...queryDefaults("real-estate"),
  id: "property-mortgage-status",
  catalogRow: 43,
  name: t("不动产抵押/查封状态查询", "Mortgage or seizure status of a property"),
  aliases: ["抵押查询", "查封查询", "房产抵押", "不动产"],
  steps: [
    question(
      "scope",
      t("查询哪些房产？", "Which property?"),
      radio(opt("all", "名下全部房产", "Everything in my name"), opt("one", "指定一套房产", "One property")),
      { routes: [when("scope", "all", END)] },
    ),
    certificateNo(),
  ],
};
