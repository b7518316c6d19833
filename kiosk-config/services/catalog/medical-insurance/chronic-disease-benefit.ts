import { checkAnswers, opt, question, select, t, text } from "../../model/build";
import { needCard, needPhone, phoneQuestion } from "../../model/common";
import { applicationDefaults } from "../../model/defaults";
import type { ServiceInput } from "../../model/schema";

export const chronicDiseaseBenefit: ServiceInput = {
  ...applicationDefaults("medical-insurance"),
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
};
