/** 医疗保障: applications (rows 22, 24, 26, 27, 31 of the draft catalog). */
import { checkAnswers, opt, question, radio, type ServiceDefaults, select, t, text } from "./build";
import { consentQuestion, districtQuestion, needCard, needPhone, phoneQuestion } from "./common";
import { provinceOptions } from "./provinces";
import type { ServiceInput } from "./schema";

const medApp: ServiceDefaults = {
  category: "medical-insurance",
  kind: "application",
  identity: "idcard",
  offline: "queue",
  print: "submission-receipt",
  needs: [needCard, needPhone],
};

export const medicalInsuranceApplications: ServiceInput[] = [
  {
    ...medApp,
    id: "resident-med-insurance-enrollment",
    catalogRow: 22,
    name: t("城乡居民医保参保登记", "Resident medical-insurance enrollment"),
    aliases: ["居民医保", "医保参保", "医保登记", "医保"],
    approvalRule: "resident-med-insurance-enrollment",
    steps: [
      question(
        "applicantGroup",
        t("您属于哪类人员？", "Which group are you in?"),
        radio(
          opt("adult", "城乡居民（成年人）", "Adult resident"),
          opt("student", "中小学生或大学生", "School or university student"),
          opt("senior", "60岁以上老年人", "Aged 60 or over"),
          opt("disabled", "残疾人", "Disabled"),
        ),
      ),
      districtQuestion(
        "hukouDistrict",
        t("户籍或居住证在哪个区县？", "Where is your household registration or residence permit?"),
      ),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...medApp,
    id: "out-of-city-treatment",
    catalogRow: 24,
    name: t("异地就医备案", "Register for treatment outside the insured city"),
    aliases: ["异地就医", "异地备案", "跨省就医", "医保备案", "医保"],
    approvalRule: "out-of-city-treatment",
    offline: "online-only",
    steps: [
      question(
        "reason",
        t("因为什么需要异地就医？", "Why will you be treated elsewhere?"),
        radio(
          opt("living-elsewhere", "异地长期居住", "I live there"),
          opt("working-elsewhere", "常驻异地工作", "I work there"),
          opt("referral", "转诊转院", "Referred by a hospital"),
          opt("temporary", "临时外出就医", "A temporary trip"),
        ),
      ),
      question("province", t("去哪个省份就医？", "In which province?"), select(provinceOptions)),
      question("startDate", t("从哪天开始？", "From which day?"), {
        type: "date",
        minDaysFromToday: 0,
        maxDaysFromToday: 90,
      }),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...medApp,
    id: "med-insurance-e-voucher",
    catalogRow: 26,
    name: t("医保电子凭证激活", "Activate the medical-insurance e-voucher"),
    aliases: ["医保电子凭证", "医保凭证", "医保码", "电子医保卡", "医保"],
    approvalRule: "med-insurance-e-voucher",
    offline: "online-only",
    steps: [
      phoneQuestion(t("激活短信会发到这个号码", "The activation text goes to this number")),
      consentQuestion(
        t(
          "我同意开通医保电子凭证并用于就医购药结算",
          "I agree to activate the e-voucher for paying medical bills",
        ),
      ),
      checkAnswers(),
    ],
  },
  {
    ...medApp,
    id: "chronic-disease-benefit",
    catalogRow: 27,
    name: t("门诊慢特病待遇认定申请", "Chronic-disease outpatient benefit application"),
    aliases: ["慢特病", "慢性病", "门特", "特殊病种", "医保"],
    needs: [
      needCard,
      t("二级以上医院的诊断证明或病历", "A diagnosis or records from a secondary or higher hospital"),
      needPhone,
    ],
    steps: [
      question(
        "disease",
        t("申请哪种病种？", "Which condition?"),
        select([
          opt("hypertension", "高血压", "High blood pressure"),
          opt("diabetes", "糖尿病", "Diabetes"),
          opt("coronary", "冠心病", "Coronary heart disease"),
          opt("stroke-sequelae", "脑卒中后遗症", "After-effects of stroke"),
          opt("kidney-failure", "慢性肾衰竭（透析）", "Chronic kidney failure (dialysis)"),
          opt("cancer", "恶性肿瘤", "Cancer"),
          opt("other", "其他病种", "Another condition"),
        ]),
      ),
      question(
        "hospital",
        t("诊断医院名称", "Hospital that made the diagnosis"),
        text(30, [
          t("福建医科大学附属协和医院", "Fujian Medical University Union Hospital"),
          t("福建省立医院", "Fujian Provincial Hospital"),
          t("福州市第一医院", "Fuzhou First Hospital"),
        ]),
      ),
      question("diagnosisPhotos", t("请拍下诊断证明", "Take a photo of the diagnosis"), {
        type: "photo",
        maxPhotos: 4,
      }),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...medApp,
    id: "medical-insurance-transfer",
    catalogRow: 31,
    name: t("医保关系转移接续", "Transfer medical insurance between cities"),
    aliases: ["医保转移", "医保转入", "医保转出", "跨省通办", "医保"],
    steps: [
      question(
        "direction",
        t("转入福州还是转出福州？", "Into Fuzhou or out of Fuzhou?"),
        radio(opt("in", "从外地转入福州", "Into Fuzhou"), opt("out", "从福州转出", "Out of Fuzhou")),
      ),
      question(
        "otherProvince",
        t("对方是哪个省份？", "Which province is the other side?"),
        select(provinceOptions),
      ),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
];
