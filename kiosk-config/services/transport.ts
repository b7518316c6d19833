/** 交通出行 (rows 58–66 of the draft catalog). */
import {
  checkAnswers,
  device,
  opt,
  question,
  radio,
  type ServiceDefaults,
  select,
  t,
  text,
  when,
} from "./build";
import {
  appointmentDateQuestion,
  districtQuestion,
  needCard,
  needPhone,
  payMethodQuestion,
  phoneQuestion,
  timeSlotQuestion,
} from "./common";
import { fuzhouDistricts } from "./districts";
import { END } from "./end";
import type { ServiceInput } from "./schema";

const transportQuery: ServiceDefaults = {
  category: "transport",
  kind: "query",
  identity: "idcard",
  offline: "online-only",
  print: "query-printout",
  needs: [needCard],
};
const openQuery: ServiceDefaults = { ...transportQuery, identity: "none", needs: [] };
const transportApp: ServiceDefaults = {
  ...transportQuery,
  kind: "application",
  offline: "queue",
  print: "submission-receipt",
  needs: [needCard, needPhone],
};

const metroLines = [1, 2, 4, 5, 6].map((n) => opt(`line-${n}`, `地铁${n}号线`, `Metro line ${n}`));
const placePhrases = [
  t("福州站", "Fuzhou Railway Station"),
  t("福州南站", "Fuzhou South Railway Station"),
  t("长乐国际机场", "Changle International Airport"),
  t("三坊七巷", "Three Lanes and Seven Alleys"),
  t("东街口", "Dongjiekou"),
  t("五一广场", "May 1st Square"),
];

const transportQueries: ServiceInput[] = [
  {
    ...transportQuery,
    id: "traffic-violations",
    catalogRow: 58,
    name: t("机动车交通违法查询", "Vehicle traffic-violation query"),
    aliases: ["违章查询", "交通违法", "违章", "罚单查询"],
    steps: [
      question(
        "plateNo",
        t("车牌号码", "Number plate"),
        {
          type: "text",
          minLength: 7,
          maxLength: 8,
          pattern: "^[\\u4e00-\\u9fa5][A-Z][A-Z0-9]{5,6}$",
          keyboard: "alphanumeric",
          patternHint: t("例如 闽A12345 或 闽AD12345", "For example 闽A12345"),
        },
        { hint: t("须是登记在您名下的车辆", "A vehicle registered in your name") },
      ),
    ],
  },
  {
    ...transportQuery,
    id: "driving-licence-points",
    catalogRow: 59,
    name: t("驾驶证记分查询", "Driving-licence points query"),
    aliases: ["驾照扣分", "驾驶证扣分", "记分查询", "驾照"],
    steps: [
      question(
        "cycle",
        t("查询哪个记分周期？", "Which scoring period?"),
        radio(opt("current", "当前周期", "Current period"), opt("previous", "上一周期", "Previous period")),
      ),
    ],
  },
  {
    ...openQuery,
    needs: [t("公交卡或市民卡", "Your transit or citizen card")],
    id: "transit-card-balance",
    catalogRow: 63,
    name: t("公交卡/市民卡余额查询", "Transit or citizen card balance"),
    aliases: ["公交卡余额", "市民卡", "e通卡", "公交卡"],
    steps: [device("tapCard", "transit-card", t("请把卡放在感应区", "Place your card on the reader"))],
  },
  {
    ...openQuery,
    id: "transport-outlets",
    catalogRow: 65,
    name: t("交通服务网点/驾考考场查询", "Transit-card outlets and driving-test centres"),
    aliases: ["公交卡网点", "驾考考场", "考场查询", "充值网点"],
    steps: [
      question(
        "what",
        t("要找什么？", "What are you looking for?"),
        radio(
          opt("card-outlet", "公交卡服务网点", "Transit-card outlets"),
          opt("test-centre", "驾考考场", "Driving-test centres"),
        ),
      ),
      question("district", t("在哪个区县？", "In which district?"), select(fuzhouDistricts)),
    ],
  },
  {
    ...openQuery,
    id: "bus-metro-routes",
    catalogRow: 66,
    name: t("公交地铁线路查询", "Bus and metro route lookup"),
    aliases: ["地铁", "公交", "线路查询", "怎么走", "换乘"],
    steps: [
      question(
        "queryBy",
        t("怎么查？", "How would you like to search?"),
        radio(opt("line", "查地铁线路", "A metro line"), opt("destination", "去某个地方", "A destination")),
        { routes: [when("queryBy", "destination", "destination")] },
      ),
      question("metroLine", t("哪条线路？", "Which line?"), select(metroLines), { next: END }),
      question("destination", t("您要去哪里？", "Where are you going?"), text(20, placePhrases)),
    ],
  },
];

const transportApplications: ServiceInput[] = [
  {
    ...transportApp,
    kind: "payment",
    offline: "online-only",
    needs: [
      needCard,
      t("处罚决定书（编号）", "The penalty notice (its number)"),
      t("手机（扫码付款）", "A phone to pay"),
    ],
    id: "traffic-fine-payment",
    catalogRow: 60,
    name: t("交通违法罚款缴纳", "Pay a traffic fine"),
    aliases: ["交罚款", "违章缴费", "罚款缴纳", "违章"],
    steps: [
      question("decisionNo", t("处罚决定书编号", "Penalty notice number"), {
        type: "text",
        minLength: 15,
        maxLength: 16,
        pattern: "^[0-9]{15,16}$",
        keyboard: "numeric",
        patternHint: t("决定书编号是15或16位数字", "15 or 16 digits"),
      }),
      payMethodQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...transportApp,
    identity: "idcard+photo",
    needs: [needCard, t("在本机拍一张证件照", "A photo taken here"), needPhone],
    id: "driving-licence-renewal",
    catalogRow: 61,
    name: t("驾驶证期满换证/补证", "Renew or replace a driving licence"),
    aliases: ["驾照换证", "驾驶证换证", "驾照补办", "驾照到期", "驾照"],
    approvalRule: "driving-licence-renewal",
    steps: [
      question(
        "reason",
        t("办理原因", "Why?"),
        radio(
          opt("expiry", "有效期满换证", "It expires"),
          opt("lost", "遗失补证", "It was lost"),
          opt("damaged", "损毁换证", "It is damaged"),
        ),
      ),
      question("healthDeclaration", t("身体条件申告", "Health declaration"), {
        type: "consent",
        statement: t(
          "我承诺没有妨碍安全驾驶的疾病",
          "I declare I have no condition that makes driving unsafe",
        ),
      }),
      question(
        "delivery",
        t("新驾驶证怎么领取？", "How will you get the new licence?"),
        radio(
          opt("mail", "邮寄到家", "By post"),
          opt("collect", "到车管所领取", "Collect at the vehicle office"),
        ),
        { routes: [when("delivery", "collect", "phone")] },
      ),
      question("address", t("邮寄地址", "Postal address"), { type: "fuzhou-address", maxLength: 40 }),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...transportApp,
    kind: "appointment",
    offline: "online-only",
    needs: [needCard, t("购车发票和合格证", "The purchase invoice and certificate of conformity"), needPhone],
    id: "ebike-registration-appointment",
    catalogRow: 62,
    name: t("电动自行车登记预约", "E-bike registration appointment"),
    aliases: ["电动车上牌", "电动车预约", "电动车登记", "上牌"],
    steps: [
      question(
        "purchase",
        t("车辆来源", "Where is the e-bike from?"),
        radio(opt("new", "新购车辆", "Bought new"), opt("used", "二手转让", "Second hand")),
      ),
      districtQuestion("station", t("在哪个区的登记点办理？", "At which district's registration point?")),
      appointmentDateQuestion(),
      timeSlotQuestion(),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...transportApp,
    id: "senior-transit-card",
    catalogRow: 64,
    name: t("老年人优待乘车卡申领", "Apply for a seniors' free-transit card"),
    aliases: ["老年卡", "敬老卡", "老人公交卡", "长者卡", "免费乘车"],
    approvalRule: "senior-transit-card",
    steps: [
      question(
        "delivery",
        t("卡片怎么领取？", "How will you get the card?"),
        radio(opt("outlet", "到服务网点领取", "At a service outlet"), opt("mail", "邮寄到家", "By post")),
        { routes: [when("delivery", "outlet", "phone")] },
      ),
      question("address", t("邮寄地址", "Postal address"), { type: "fuzhou-address", maxLength: 40 }),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
];

export const transportServices: ServiceInput[] = [...transportQueries, ...transportApplications];
