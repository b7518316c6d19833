/** Questions and option sets many services share, so the same question reads the same everywhere. */
import { opt, question, radio, type StepInput, select, t } from "./build";
import { fuzhouDistricts } from "./districts";
import { provinceOptions } from "./provinces";
import type { LocalizedText } from "./text";

export const phoneQuestion = (hint = t("用于接收办理结果短信", "We text you the result")): StepInput =>
  question(
    "phone",
    t("您的手机号码是？", "What is your mobile number?"),
    { type: "phone" },
    {
      hint,
      label: t("手机号码", "Mobile number"),
    },
  );

export const periodQuestion = (): StepInput =>
  question(
    "period",
    t("查询哪段时间？", "Which period?"),
    radio(
      opt("last-12-months", "最近12个月", "Last 12 months"),
      opt("this-year", "今年", "This year"),
      opt("last-year", "去年", "Last year"),
      opt("all", "全部", "All"),
    ),
  );

/** Purpose of a certificate: printed on it, and some purposes need a stamped copy. */
export const purposeQuestion = (): StepInput =>
  question(
    "purpose",
    t("证明用于什么？", "What is the certificate for?"),
    select([
      opt("job", "求职就业", "Applying for a job"),
      opt("school", "子女入学", "School enrolment"),
      opt("settlement", "落户", "Household registration"),
      opt("loan", "贷款", "A loan"),
      opt("visa", "出国签证", "A visa"),
      opt("other", "其他", "Other"),
    ]),
  );

export const copiesQuestion = (): StepInput =>
  question(
    "copies",
    t("打印几份？", "How many copies?"),
    radio(opt("1", "1份", "1 copy"), opt("2", "2份", "2 copies"), opt("3", "3份", "3 copies")),
  );

export const appointmentDateQuestion = (): StepInput =>
  question(
    "appointmentDate",
    t("您想预约哪一天？", "Which day would you like?"),
    { type: "date", minDaysFromToday: 1, maxDaysFromToday: 14 },
    { hint: t("可预约未来14天内的工作日", "Working days in the next 14 days") },
  );

export const timeSlotQuestion = (): StepInput =>
  question(
    "timeSlot",
    t("选择时间段", "Choose a time"),
    radio(
      opt("am-early", "上午 9:00–10:30", "9:00–10:30"),
      opt("am-late", "上午 10:30–12:00", "10:30–12:00"),
      opt("pm-early", "下午 14:00–15:30", "14:00–15:30"),
      opt("pm-late", "下午 15:30–17:00", "15:30–17:00"),
    ),
  );

/** A district picked from tiles, with no street to type: where to collect, work or be served. */
export const districtQuestion = (field = "district", title = t("在哪个区县办理？", "Which district?")) =>
  question(field, title, select(fuzhouDistricts));

export const consentQuestion = (
  statement = t(
    "我同意为办理本事项查询和核验我的个人信息",
    "I agree that my personal data may be checked for this service",
  ),
): StepInput =>
  question("consent", t("授权核验信息", "Permission to check your data"), { type: "consent", statement });

export const bankCardTailQuestion = (): StepInput =>
  question(
    "bankCardTail",
    t("收款银行卡号后4位", "Last 4 digits of the bank card to pay into"),
    {
      type: "text",
      minLength: 4,
      maxLength: 4,
      pattern: "^[0-9]{4}$",
      keyboard: "numeric",
      patternHint: t("请输入4位数字", "Enter 4 digits"),
    },
    { hint: t("须为本人社保卡或名下银行卡", "A card in your own name") },
  );

export const payMethodQuestion = (): StepInput =>
  question(
    "payMethod",
    t("用什么方式支付？", "How would you like to pay?"),
    radio(
      opt("wechat", "微信扫码", "WeChat Pay (scan)"),
      opt("alipay", "支付宝扫码", "Alipay (scan)"),
      opt("unionpay", "云闪付扫码", "UnionPay (scan)"),
    ),
    { hint: t("屏幕将显示付款二维码", "A payment QR code will appear on screen") },
  );

/** "For you or for your child?", routing to the child's ID number when it is the child. */
export const forWhomQuestion = (childStep: string, afterChild: string): StepInput[] => [
  question(
    "forWhom",
    t("为谁查询？", "Who is it for?"),
    radio(opt("self", "本人", "Myself"), opt("child", "未成年子女", "My child (under 18)")),
    { routes: [{ when: { field: "forWhom", equals: "self" }, goTo: afterChild }] },
  ),
  question(childStep, t("孩子的身份证号码", "Your child's ID number"), { type: "id-number" }),
];

/** Moving an account between Fuzhou and another province: which way, then which province. */
export const transferQuestions = (directionTitle: LocalizedText): StepInput[] => [
  question(
    "direction",
    directionTitle,
    radio(opt("in", "从外地转入福州", "Into Fuzhou"), opt("out", "从福州转出", "Out of Fuzhou")),
  ),
  question(
    "otherProvince",
    t("对方是哪个省份？", "Which province is the other side?"),
    select(provinceOptions),
  ),
];

export const needCard = t("本人身份证", "Your ID card");
export const needPhone = t("一个能接收短信的手机号码", "A mobile phone that receives text messages");
