import { opt, question, radio, t } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const socialSecurityCardStatus: ServiceInput = {
  ...queryDefaults("social-insurance"),
  id: "social-security-card-status",
  catalogRow: 10,
  name: t("社保卡信息查询", "Social security card status"),
  aliases: ["社保卡", "社保卡查询", "社保卡进度", "市民卡"],
  steps: [
    question(
      "about",
      t("想查什么？", "What would you like to check?"),
      radio(
        opt("status", "卡片状态（正常/挂失）", "Card status (active or reported lost)"),
        opt("progress", "制卡进度", "Card production progress"),
        opt("bank", "金融账户开户银行", "Linked bank account"),
      ),
    ),
  ],
};
