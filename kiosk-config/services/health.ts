/** 医疗卫生 (rows 85–90 of the draft catalog). */
import { checkAnswers, opt, question, radio, type ServiceDefaults, select, t, text } from "./build";
import {
  appointmentDateQuestion,
  forWhomQuestion,
  needCard,
  needPhone,
  periodQuestion,
  phoneQuestion,
  timeSlotQuestion,
} from "./common";
import { END } from "./end";
import type { ServiceInput } from "./schema";

const healthQuery: ServiceDefaults = {
  category: "health",
  kind: "query",
  identity: "idcard",
  offline: "online-only",
  print: "query-printout",
  needs: [needCard],
};
const openQuery: ServiceDefaults = { ...healthQuery, identity: "none", needs: [] };

const hospitals = [
  opt("union", "福建医科大学附属协和医院", "Fujian Medical University Union Hospital"),
  opt("provincial", "福建省立医院", "Fujian Provincial Hospital"),
  opt(
    "first-affiliated",
    "福建医科大学附属第一医院",
    "First Affiliated Hospital of Fujian Medical University",
  ),
  opt("fuzhou-first", "福州市第一医院", "Fuzhou First Hospital"),
  opt("children", "福建省儿童医院", "Fujian Children's Hospital"),
  opt("tcm", "福建中医药大学附属人民医院", "People's Hospital of Fujian University of TCM"),
];

export const healthServices: ServiceInput[] = [
  {
    ...healthQuery,
    kind: "appointment",
    print: "submission-receipt",
    needs: [needCard, needPhone],
    id: "hospital-appointment",
    catalogRow: 85,
    name: t("医院预约挂号", "Book a hospital appointment"),
    aliases: ["挂号", "预约挂号", "看病", "门诊预约"],
    steps: [
      question("hospital", t("哪家医院？", "Which hospital?"), select(hospitals)),
      question(
        "department",
        t("看哪个科？", "Which department?"),
        select([
          opt("internal", "内科", "Internal medicine"),
          opt("surgery", "外科", "Surgery"),
          opt("paediatrics", "儿科", "Paediatrics"),
          opt("gynaecology", "妇产科", "Obstetrics & gynaecology"),
          opt("ent", "耳鼻喉科", "ENT"),
          opt("ophthalmology", "眼科", "Eyes"),
          opt("dental", "口腔科", "Dental"),
          opt("dermatology", "皮肤科", "Skin"),
          opt("tcm", "中医科", "Traditional Chinese medicine"),
        ]),
      ),
      appointmentDateQuestion(),
      timeSlotQuestion(),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...healthQuery,
    kind: "print-certificate",
    print: "certificate",
    id: "lab-report-print",
    catalogRow: 86,
    name: t("检验检查报告查询打印", "View or print lab and imaging reports"),
    aliases: ["检验报告", "化验单", "检查报告", "报告打印", "CT报告"],
    approvalRule: "lab-report-print",
    steps: [
      question("hospital", t("在哪家医院检查的？", "At which hospital?"), select(hospitals)),
      periodQuestion(),
    ],
  },
  {
    ...healthQuery,
    id: "vaccination-record",
    catalogRow: 87,
    name: t("预防接种记录查询", "Vaccination record query"),
    aliases: ["疫苗记录", "接种记录", "打疫苗", "预防针"],
    steps: forWhomQuestion("childIdNumber", END),
  },
  {
    ...healthQuery,
    id: "health-record",
    catalogRow: 88,
    name: t("居民电子健康档案查询", "Personal electronic health record"),
    aliases: ["健康档案", "体检记录", "电子健康档案"],
    steps: [
      question(
        "about",
        t("想查什么？", "What would you like to see?"),
        radio(
          opt("summary", "健康档案概要", "Summary"),
          opt("checkups", "体检记录", "Check-ups"),
          opt("visits", "就诊记录", "Visits"),
        ),
      ),
    ],
  },
  {
    ...openQuery,
    id: "medical-staff-licence",
    catalogRow: 89,
    name: t("医师/护士执业信息查询", "Doctor and nurse licence lookup"),
    aliases: ["医生查询", "护士查询", "执业医师", "执业资格"],
    steps: [
      question(
        "profession",
        t("查医师还是护士？", "A doctor or a nurse?"),
        radio(opt("doctor", "医师", "Doctor"), opt("nurse", "护士", "Nurse")),
      ),
      question("staffName", t("姓名", "Name"), text(10)),
    ],
  },
  {
    ...openQuery,
    id: "medical-price-lookup",
    catalogRow: 90,
    name: t("医疗服务价格公示查询", "Medical-service and drug price lookup"),
    aliases: ["医疗价格", "药价查询", "收费标准", "床位费"],
    steps: [
      question(
        "priceType",
        t("查什么价格？", "Which prices?"),
        radio(
          opt("service", "医疗服务项目", "Medical services"),
          opt("drug", "药品", "Drugs"),
          opt("bed", "床位费", "Bed charges"),
        ),
      ),
      question(
        "keyword",
        t("项目或药品名称", "Name of the service or drug"),
        text(20, [
          t("血常规", "Blood count"),
          t("CT", "CT scan"),
          t("核磁共振", "MRI"),
          t("阿莫西林", "Amoxicillin"),
        ]),
        { optional: true },
      ),
    ],
  },
];
