import { question, t } from "../../model/build";
import { queryDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const communityCentreLookup: ServiceInput = {
  ...queryDefaults("civil-affairs"),
  identity: "none",
  needs: [],
  id: "community-centre-lookup",
  catalogRow: 77,
  name: t("社区服务中心地址查询", "Community service centre addresses"),
  aliases: ["社区地址", "社区服务中心", "居委会", "便民服务中心"],
  steps: [
    question("address", t("您住在哪里？", "Where do you live?"), { type: "fuzhou-address", maxLength: 40 }),
  ],
};
