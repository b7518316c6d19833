import { checkAnswers, t } from "../../model/build";
import { needPhone, phoneQuestion } from "../../model/common";
import { newbornQuestions } from "../../model/newborn-questions";
import type { ServiceInput } from "../../model/schema";

/** The named example of issue 6: 城乡居民医疗保险参保登记（新生儿）, decided by 秒批 on the spot. */
export const newbornMedInsurance: ServiceInput = {
  id: "newborn-med-insurance",
  catalogRow: 21,
  name: t("城乡居民医疗保险参保登记（新生儿）", "Newborn medical-insurance enrollment (resident scheme)"),
  aliases: ["新生儿医保", "新生儿参保", "宝宝医保", "出生一件事", "医保"],
  category: "medical-insurance",
  kind: "application",
  identity: "idcard",
  needs: [
    t("父亲、母亲或监护人的身份证", "The ID card of the father, mother or guardian"),
    t("新生儿的出生医学证明", "The baby's birth medical certificate (出生医学证明)"),
    needPhone,
  ],
  steps: [
    {
      type: "device",
      id: "readBirthCertificate",
      device: "camera",
      reads: "birth-certificate",
      title: t("请将出生医学证明对准摄像头", "Hold the birth medical certificate up to the camera"),
      hint: t(
        "把证明放进屏幕上的框内，我们读出编号、姓名、性别和出生日期，您再逐项核对",
        "Fit the certificate inside the frame on screen: we read the number, name, sex and date of birth, and you check each one",
      ),
      routes: [],
    },
    ...newbornQuestions(),
    phoneQuestion(t("用于接收参保结果和缴费提醒短信", "We text you the result and the payment reminder")),
    checkAnswers(),
  ],
  offline: "queue",
  print: "submission-receipt",
  approvalRule: "newborn-med-insurance",
};
