import { type ServiceDefaults, t } from "../../model/build";
import { needCard, needPhone } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";

/** A housing-fund application: the usual needs plus a bank card in the resident's name. */
export const fundApp: ServiceDefaults = {
  ...applicationDefaults("housing-fund"),
  needs: [needCard, t("本人名下的银行卡", "A bank card in your name"), needPhone],
};
