/** 不动产 (rows 40–45 of the draft catalog). */
import { END } from "./end";
import { opt, question, radio, type ServiceDefaults, select, t, text, when } from "./build";
import { copiesQuestion, needCard, purposeQuestion } from "./common";
import { fuzhouDistricts } from "./districts";
import type { ServiceInput } from "./schema";

const faceNeeds = [t("本人身份证，本人到场刷脸", "Your own ID card; you must be here for the face check")];
const estatePrint: ServiceDefaults = {
  category: "real-estate",
  kind: "print-certificate",
  identity: "idcard+face",
  offline: "online-only",
  print: "certificate",
  needs: faceNeeds,
};
const estateQuery: ServiceDefaults = {
  ...estatePrint,
  kind: "query",
  identity: "idcard",
  print: "query-printout",
  needs: [needCard],
};

const certificateNo = () =>
  question(
    "certificateNo",
    t("不动产权证书号", "Property certificate number"),
    {
      type: "text",
      minLength: 7,
      maxLength: 7,
      pattern: "^[0-9]{7}$",
      keyboard: "numeric",
      patternHint: t("请输入证书上“第…号”中的7位数字", "Enter the 7 digits of the certificate number"),
    },
    { hint: t("例如 闽(2024)福州市不动产权第0012345号 中的 0012345", "e.g. 0012345") },
  );

export const realEstateServices: ServiceInput[] = [
  {
    ...estatePrint,
    id: "property-records",
    wipeOnCardRemoval: true,
    catalogRow: 40,
    name: t("名下不动产登记信息查询打印", "Print property ownership records"),
    aliases: ["房产证明", "有房证明", "不动产查询", "房产查询", "名下房产"],
    approvalRule: "property-records",
    steps: [purposeQuestion(), copiesQuestion()],
  },
  {
    ...estatePrint,
    id: "no-property-certificate",
    wipeOnCardRemoval: true,
    catalogRow: 41,
    name: t("无房产登记证明打印", 'Print "no registered property" result'),
    aliases: ["无房证明", "无房产证明", "房产证明"],
    approvalRule: "no-property-certificate",
    steps: [purposeQuestion(), copiesQuestion()],
  },
  {
    ...estatePrint,
    identity: "idcard",
    needs: [needCard, t("不动产权证书号", "The property certificate number")],
    id: "property-archive",
    catalogRow: 42,
    name: t("房产档案信息打印", "Print property archive record"),
    aliases: ["房产档案", "房屋档案", "不动产档案"],
    approvalRule: "property-archive",
    steps: [certificateNo(), copiesQuestion()],
  },
  {
    ...estateQuery,
    id: "property-mortgage-status",
    catalogRow: 43,
    name: t("不动产抵押/查封状态查询", "Mortgage or seizure status of a property"),
    aliases: ["抵押查询", "查封查询", "房产抵押", "不动产"],
    steps: [
      question(
        "scope",
        t("查询哪些房产？", "Which property?"),
        radio(
          opt("all", "名下全部房产", "Everything in my name"),
          opt("one", "指定一套房产", "One property"),
        ),
        { routes: [when("scope", "all", END)] },
      ),
      certificateNo(),
    ],
  },
  {
    ...estateQuery,
    identity: "optional",
    needs: [t("受理回执上的受理号，或本人身份证", "The number on your receipt, or your ID card")],
    id: "property-registration-progress",
    catalogRow: 44,
    name: t("不动产登记办理进度查询", "Property registration progress"),
    aliases: ["不动产进度", "过户进度", "房产证进度", "办证进度"],
    steps: [
      question(
        "receiptNo",
        t("受理号", "Receipt number"),
        {
          type: "text",
          minLength: 10,
          maxLength: 14,
          pattern: "^[0-9]{10,14}$",
          keyboard: "numeric",
          patternHint: t("受理号是10到14位数字", "10 to 14 digits"),
        },
        { optional: true, hint: t("已刷身份证可跳过", "Skip it if you used your ID card") },
      ),
    ],
  },
  {
    ...estateQuery,
    identity: "none",
    needs: [],
    id: "estate-property-manager",
    catalogRow: 45,
    name: t("小区与物业企业信息查询", "Residential estate and property-manager info"),
    aliases: ["物业查询", "小区查询", "物业公司"],
    steps: [
      question(
        "district",
        t("小区在哪个区县？", "In which district is the estate?"),
        select(fuzhouDistricts),
      ),
      question("estateName", t("小区名称", "Name of the estate"), text(20)),
    ],
  },
];
