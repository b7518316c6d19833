/** 12345与举报: online food orders, 12315 and restaurant ratings (rows 102–104 of the draft catalog). */
import { checkAnswers, opt, question, radio, select, t, text, when } from "./build";
import { needCard, needPhone, phoneQuestion } from "./common";
import { fuzhouDistricts } from "./districts";
import type { ServiceInput } from "./schema";

export const marketReports: ServiceInput[] = [
  {
    id: "online-food-report",
    catalogRow: 102,
    name: t(
      "网络餐饮食品安全举报（可附照片）",
      "Report a food-safety problem with online food ordering or delivery",
    ),
    aliases: ["外卖举报", "网络订餐", "外卖投诉", "食品安全", "随手拍"],
    category: "hotline-reporting",
    kind: "report",
    identity: "optional",
    needs: [
      t("订单里的商家名称", "The shop's name from your order"),
      t("食品或订单的照片（用本机摄像头拍）", "A photo of the food or the order (taken here)"),
    ],
    steps: [
      question(
        "platform",
        t("在哪个平台下的单？", "Which app did you order from?"),
        radio(
          opt("meituan", "美团", "Meituan"),
          opt("eleme", "饿了么", "Ele.me"),
          opt("other", "其他平台", "Another app"),
        ),
      ),
      question("shopName", t("商家名称", "Name of the shop"), text(30)),
      question(
        "problem",
        t("出了什么问题？", "What was wrong?"),
        text(60, [
          t("食物变质", "Spoiled food"),
          t("吃出异物", "Something foreign in the food"),
          t("吃后不适", "Felt ill after eating"),
          t("无实体店铺", "No real shop behind it"),
          t("包装破损", "Broken packaging"),
        ]),
      ),
      question("orderDate", t("哪天下的单？", "When did you order?"), {
        type: "date",
        minDaysFromToday: -90,
        maxDaysFromToday: 0,
      }),
      question("photos", t("请拍下食品或订单", "Take a photo of the food or the order"), {
        type: "photo",
        maxPhotos: 3,
      }),
      question(
        "anonymous",
        t("是否匿名举报？", "Report anonymously?"),
        radio(
          opt("yes", "匿名", "Anonymously"),
          opt("no", "实名（可领举报奖励）", "In my name (eligible for a reward)"),
        ),
        { routes: [when("anonymous", "yes", "check")] },
      ),
      phoneQuestion(t("用于告知处理结果", "We tell you the outcome")),
      checkAnswers(),
    ],
    offline: "queue",
    print: "submission-receipt",
  },
  {
    id: "consumer-complaint-12315",
    catalogRow: 103,
    name: t("消费投诉举报（12315）", "Consumer complaint or market-regulation report"),
    aliases: ["12315", "消费投诉", "消协", "维权", "投诉商家"],
    category: "hotline-reporting",
    kind: "report",
    identity: "idcard",
    needs: [needCard, t("商家名称和地址", "The business's name and address"), needPhone],
    steps: [
      question(
        "reportType",
        t("投诉还是举报？", "A complaint or a report?"),
        radio(
          opt("complaint", "投诉（我的权益受损）", "Complaint (I lost out)"),
          opt("report", "举报（商家违法）", "Report (the business broke the law)"),
        ),
      ),
      question(
        "goodsType",
        t("涉及什么？", "What is it about?"),
        select([
          opt("food", "食品", "Food"),
          opt("appliances", "家电数码", "Appliances & electronics"),
          opt("clothing", "服装鞋帽", "Clothing"),
          opt("prepaid-card", "预付卡（办卡充值）", "Prepaid cards"),
          opt("education", "教育培训", "Education & training"),
          opt("repair", "维修服务", "Repairs"),
          opt("other", "其他", "Other"),
        ]),
      ),
      question("businessName", t("商家名称", "Name of the business"), text(30)),
      question("location", t("商家在哪里？", "Where is it?"), { type: "fuzhou-address", maxLength: 40 }),
      question(
        "description",
        t("请简单描述问题", "Describe the problem briefly"),
        text(100, [
          t("商品质量问题", "Faulty goods"),
          t("拒绝退换货", "Refused a refund or exchange"),
          t("虚假宣传", "False advertising"),
          t("价格欺诈", "Price fraud"),
          t("预付卡商家跑路", "The business closed with my prepaid balance"),
        ]),
      ),
      question(
        "amount",
        t("涉及金额（元）", "Amount involved (yuan)"),
        { type: "number", min: 0, max: 1_000_000, decimals: true, unit: t("元", "yuan") },
        { optional: true },
      ),
      phoneQuestion(),
      checkAnswers(),
    ],
    offline: "queue",
    print: "submission-receipt",
  },
  {
    id: "restaurant-rating-lookup",
    catalogRow: 104,
    name: t("餐饮企业食品安全等级（脸谱）查询", "Restaurant food-safety rating lookup"),
    aliases: ["餐饮脸谱", "笑脸", "食品安全等级", "餐厅评级"],
    category: "hotline-reporting",
    kind: "query",
    identity: "none",
    needs: [],
    steps: [
      question(
        "district",
        t("餐厅在哪个区县？", "In which district is the restaurant?"),
        select(fuzhouDistricts),
      ),
      question("restaurantName", t("餐厅名称", "Name of the restaurant"), text(20)),
    ],
    offline: "online-only",
    print: "query-printout",
  },
];
