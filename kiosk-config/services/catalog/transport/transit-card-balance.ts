import { device, t } from "../../model/build";
import { openQueryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const transitCardBalance: ServiceInput = {
  ...openQueryDefaults("transport"),
  needs: [t("公交卡或市民卡", "Your transit or citizen card")],
  id: "transit-card-balance",
  catalogRow: 63,
  name: t("公交卡/市民卡余额查询", "Transit or citizen card balance"),
  aliases: ["公交卡余额", "市民卡", "e通卡", "公交卡"],
  steps: [device("tapCard", "transit-card", t("请把卡放在感应区", "Place your card on the reader"))],
};
