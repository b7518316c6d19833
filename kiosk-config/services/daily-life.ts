/** 生活便民 (rows 105–108 of the draft catalog). */
import { checkAnswers, opt, question, radio, t, text, when } from "./build";
import { consentQuestion, copiesQuestion, needCard, payMethodQuestion } from "./common";
import { END } from "./end";
import type { ServiceInput } from "./schema";

export const dailyLifeServices: ServiceInput[] = [
  {
    id: "utility-bill-payment",
    catalogRow: 105,
    name: t("水电燃气费缴纳", "Pay water, electricity or gas bills"),
    aliases: ["水费", "电费", "燃气费", "缴费", "生活缴费"],
    category: "daily-life",
    kind: "payment",
    identity: "none",
    needs: [
      t("缴费户号（在账单上）", "Your account number (on the bill)"),
      t("手机（扫码付款）", "A phone to pay"),
    ],
    steps: [
      question(
        "utility",
        t("缴什么费？", "Which bill?"),
        radio(
          opt("water", "水费", "Water"),
          opt("electricity", "电费", "Electricity"),
          opt("gas", "燃气费", "Gas"),
        ),
      ),
      question(
        "accountNo",
        t("缴费户号", "Account number"),
        {
          type: "text",
          minLength: 6,
          maxLength: 16,
          pattern: "^[0-9]{6,16}$",
          keyboard: "numeric",
          patternHint: t("户号是账单上的6到16位数字", "6 to 16 digits, on your bill"),
        },
        { hint: t("在纸质账单或短信通知上", "On your paper bill or text message") },
      ),
      payMethodQuestion(),
      checkAnswers(),
    ],
    offline: "online-only",
    print: "submission-receipt",
  },
  {
    id: "credit-report",
    wipeOnCardRemoval: true,
    catalogRow: 106,
    name: t("个人信用报告查询打印", "Print a personal credit report"),
    aliases: ["征信", "征信报告", "信用报告", "查征信"],
    category: "daily-life",
    kind: "print-certificate",
    identity: "idcard+face",
    needs: [t("本人身份证，本人到场刷脸", "Your own ID card; you must be here for the face check")],
    steps: [
      question(
        "version",
        t("打印哪种版本？", "Which version?"),
        radio(opt("simple", "简版", "Summary"), opt("detailed", "详版", "Detailed")),
      ),
      consentQuestion(t("我授权查询本人的个人信用报告", "I authorise a check of my own credit report")),
    ],
    offline: "online-only",
    print: "certificate",
    approvalRule: "credit-report",
  },
  {
    id: "id-card-copy",
    catalogRow: 107,
    name: t("身份证复印件自助打印", "Print a copy of the ID card"),
    aliases: ["身份证复印", "复印身份证", "身份证复印件"],
    category: "daily-life",
    kind: "print-certificate",
    identity: "idcard",
    needs: [needCard],
    steps: [
      question(
        "watermark",
        t("复印件上加注用途吗？", "Add a note of what the copy is for?"),
        radio(opt("none", "不加注", "No"), opt("only-for", "加注“仅供…使用”", 'Yes: "only for …"')),
        {
          routes: [when("watermark", "none", "copies")],
          hint: t("加注可防止复印件被挪用", "A note stops the copy being misused"),
        },
      ),
      question(
        "usedFor",
        t("仅供什么用途？", "Only for what?"),
        text(12, [
          t("办理社保", "Social insurance"),
          t("银行开户", "Opening a bank account"),
          t("入职", "Starting a job"),
        ]),
      ),
      copiesQuestion(),
    ],
    offline: "queue",
    print: "certificate",
    wipeOnCardRemoval: true,
  },
  {
    id: "company-lookup",
    catalogRow: 108,
    name: t("企业名称/登记状态查询", "Company name or registration status lookup"),
    aliases: ["企业查询", "公司查询", "营业执照查询", "工商查询"],
    category: "daily-life",
    kind: "query",
    identity: "none",
    needs: [],
    steps: [
      question(
        "queryBy",
        t("怎么查？", "Search by"),
        radio(
          opt("name", "企业名称", "Company name"),
          opt("credit-code", "统一社会信用代码", "Unified social credit code"),
        ),
        { routes: [when("queryBy", "credit-code", "creditCode")] },
      ),
      question("companyName", t("企业名称", "Company name"), text(30), { next: END }),
      question("creditCode", t("统一社会信用代码", "Unified social credit code"), {
        type: "text",
        minLength: 18,
        maxLength: 18,
        pattern: "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$",
        keyboard: "alphanumeric",
        patternHint: t("统一社会信用代码是18位数字或字母", "18 digits or letters"),
      }),
    ],
    offline: "online-only",
    print: "query-printout",
  },
];
