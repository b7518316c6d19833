/** 出入境 (rows 54–57 of the draft catalog). */
import { checkAnswers, device, opt, question, radio, type ServiceDefaults, t } from "./build";
import {
  appointmentDateQuestion,
  copiesQuestion,
  needCard,
  needPhone,
  phoneQuestion,
  purposeQuestion,
  timeSlotQuestion,
} from "./common";
import type { ServiceInput } from "./schema";

const documentType = () =>
  question(
    "documentType",
    t("哪种证件？", "Which document?"),
    radio(
      opt("passport", "普通护照", "Passport"),
      opt("hk-macau", "往来港澳通行证", "Hong Kong and Macau travel permit"),
      opt("taiwan", "往来台湾通行证", "Taiwan travel permit"),
    ),
  );

const entryBase: ServiceDefaults = {
  category: "exit-entry",
  kind: "query",
  identity: "idcard",
  offline: "online-only",
  print: "query-printout",
  needs: [needCard],
};

export const exitEntryServices: ServiceInput[] = [
  {
    ...entryBase,
    kind: "print-certificate",
    print: "certificate",
    id: "exit-entry-records",
    catalogRow: 54,
    name: t("出入境记录查询打印", "Print exit-entry records"),
    aliases: ["出入境记录", "出境记录", "入境记录", "出国记录"],
    approvalRule: "exit-entry-records",
    steps: [
      question(
        "years",
        t("打印多长时间内的记录？", "Records from how far back?"),
        radio(
          opt("1", "近1年", "Last year"),
          opt("3", "近3年", "Last 3 years"),
          opt("5", "近5年", "Last 5 years"),
          opt("all", "全部", "All"),
        ),
      ),
      purposeQuestion(),
      copiesQuestion(),
    ],
  },
  {
    ...entryBase,
    kind: "application",
    identity: "idcard+face",
    print: "submission-receipt",
    needs: [
      t("本人身份证和往来港澳/台湾通行证，本人到场", "Your ID card and travel permit; you must be here"),
      t("签注费（扫码支付）", "The endorsement fee (pay by QR code)"),
    ],
    id: "travel-permit-endorsement",
    catalogRow: 55,
    name: t("往来港澳/台湾通行证自助签注", "Self-service endorsement for HK/Macau/Taiwan travel permits"),
    aliases: ["港澳签注", "台湾签注", "自助签注", "港澳通行证", "再签注"],
    approvalRule: "travel-permit-endorsement",
    steps: [
      question(
        "destination",
        t("去哪里？", "Where are you going?"),
        radio(
          opt("hong-kong", "香港", "Hong Kong"),
          opt("macau", "澳门", "Macau"),
          opt("taiwan", "台湾", "Taiwan"),
        ),
      ),
      question(
        "endorsementType",
        t("签注种类", "Type of endorsement"),
        radio(
          opt("individual-once", "个人旅游一次有效", "Individual tourism, one trip"),
          opt("individual-twice", "个人旅游二次有效", "Individual tourism, two trips"),
          opt("group", "团队旅游", "Group tourism"),
          opt("family", "探亲", "Visiting family"),
          opt("business", "商务", "Business"),
        ),
      ),
      device("fingerprint", "fingerprint", t("请按压指纹", "Place your finger on the reader")),
      checkAnswers(),
    ],
  },
  {
    ...entryBase,
    kind: "appointment",
    print: "submission-receipt",
    needs: [needCard, needPhone],
    id: "exit-entry-appointment",
    catalogRow: 56,
    name: t("出入境证件办理预约", "Book an exit-entry document appointment"),
    aliases: ["护照预约", "港澳通行证预约", "出入境预约", "办护照"],
    steps: [
      documentType(),
      question(
        "applicationType",
        t("办理类型", "What do you need?"),
        radio(
          opt("first", "首次申请", "First application"),
          opt("renewal", "到期换发", "Renewal"),
          opt("replacement", "遗失补发", "Replacement"),
        ),
      ),
      appointmentDateQuestion(),
      timeSlotQuestion(),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...entryBase,
    id: "exit-entry-progress",
    catalogRow: 57,
    name: t("出入境证件办理进度查询", "Exit-entry document progress"),
    aliases: ["护照进度", "通行证进度", "出入境进度"],
    steps: [documentType()],
  },
];
