/** 教育文化 (rows 78–84 of the draft catalog). */
import { checkAnswers, opt, question, radio, type ServiceDefaults, select, t } from "./build";
import {
  appointmentDateQuestion,
  forWhomQuestion,
  needCard,
  needPhone,
  phoneQuestion,
  timeSlotQuestion,
} from "./common";
import { fuzhouDistricts } from "./districts";
import { END } from "./end";
import type { ServiceInput } from "./schema";

const eduQuery: ServiceDefaults = {
  category: "culture-education",
  kind: "query",
  identity: "idcard",
  offline: "online-only",
  print: "query-printout",
  needs: [needCard],
};

const stage = () =>
  question(
    "stage",
    t("哪个学段？", "Which stage?"),
    radio(
      opt("primary", "小学", "Primary school"),
      opt("junior", "初中", "Junior secondary"),
      opt("senior", "高中或中职", "Senior secondary or vocational"),
    ),
  );

export const cultureEducationServices: ServiceInput[] = [
  {
    ...eduQuery,
    id: "school-enrolment-info",
    catalogRow: 78,
    name: t("义务教育入学报名信息查询", "School enrolment information"),
    aliases: ["入学报名", "幼升小", "小升初", "学位查询", "招生"],
    steps: [
      question(
        "stage",
        t("报名哪个学段？", "Enrolling for which stage?"),
        radio(
          opt("primary", "幼升小", "Starting primary school"),
          opt("junior", "小升初", "Starting junior secondary"),
        ),
      ),
      question("childIdNumber", t("孩子的身份证号码", "Your child's ID number"), { type: "id-number" }),
    ],
  },
  {
    ...eduQuery,
    id: "student-record",
    catalogRow: 79,
    name: t("学籍档案查询", "Student record archive"),
    aliases: ["学籍", "学籍查询", "学籍档案"],
    steps: [...forWhomQuestion("childIdNumber", "stage"), stage()],
  },
  {
    ...eduQuery,
    id: "exam-results",
    catalogRow: 80,
    name: t("考试成绩查询", "Exam results lookup"),
    aliases: ["成绩查询", "查分", "考试成绩", "计算机等级考试"],
    steps: [
      question(
        "exam",
        t("哪种考试？", "Which exam?"),
        select([
          opt("computer-rank", "全国计算机等级考试", "National computer rank exam"),
          opt("self-study", "高等教育自学考试", "Self-study higher education exam"),
          opt("adult-college", "成人高考", "Adult college entrance exam"),
          opt("zhongkao", "中考", "Senior-school entrance exam"),
        ]),
      ),
      question("candidateNo", t("准考证号", "Candidate number"), {
        type: "text",
        minLength: 6,
        maxLength: 18,
        pattern: "^[0-9]{6,18}$",
        keyboard: "numeric",
        patternHint: t("准考证号是6到18位数字", "6 to 18 digits"),
      }),
    ],
  },
  {
    ...eduQuery,
    id: "student-aid",
    catalogRow: 81,
    name: t("学生资助查询", "Student financial-aid lookup"),
    aliases: ["助学金", "学生资助", "奖学金", "助学贷款"],
    steps: [...forWhomQuestion("childIdNumber", "stage"), stage()],
  },
  {
    ...eduQuery,
    kind: "application",
    offline: "queue",
    print: "submission-receipt",
    needs: [needCard, needPhone],
    id: "library-card",
    catalogRow: 82,
    name: t("图书馆读者证办理", "Public library card registration"),
    aliases: ["读者证", "借书证", "图书馆", "办借书证"],
    approvalRule: "library-card",
    steps: [
      question(
        "library",
        t("在哪个图书馆使用？", "Which library?"),
        radio(
          opt("fuzhou-library", "福州市图书馆", "Fuzhou Library"),
          opt("district-library", "所在区县图书馆", "My district library"),
        ),
      ),
      question(
        "cardType",
        t("读者证类型", "Type of card"),
        radio(opt("adult", "成人证", "Adult"), opt("child", "少儿证（为孩子办）", "Children's card")),
      ),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...eduQuery,
    kind: "appointment",
    print: "submission-receipt",
    needs: [needCard, needPhone],
    id: "venue-booking",
    catalogRow: 83,
    name: t("文体场馆/活动预约", "Book cultural and sports venues or events"),
    aliases: ["场馆预约", "体育馆", "博物馆预约", "活动报名", "游泳馆"],
    steps: [
      question(
        "venue",
        t("预约哪里？", "Which venue?"),
        select([
          opt("fujian-museum", "福建博物院", "Fujian Museum"),
          opt("strait-culture-centre", "海峡文化艺术中心", "Strait Culture and Art Centre"),
          opt("olympic-centre", "海峡奥体中心", "Strait Olympic Sports Centre"),
          opt("library-lecture", "福州市图书馆讲座", "Fuzhou Library lectures"),
          opt("community-gym", "社区体育馆", "Community sports hall"),
        ]),
      ),
      appointmentDateQuestion(),
      timeSlotQuestion(),
      question("visitors", t("几个人？", "How many people?"), {
        type: "number",
        min: 1,
        max: 5,
        unit: t("人", "people"),
      }),
      phoneQuestion(),
      checkAnswers(),
    ],
  },
  {
    ...eduQuery,
    identity: "none",
    needs: [],
    id: "childcare-training-lookup",
    catalogRow: 84,
    name: t("托育与培训机构查询", "Childcare and training institution lookup"),
    aliases: ["托育机构", "托儿所", "培训机构", "早教"],
    steps: [
      question(
        "institutionType",
        t("找哪类机构？", "What kind of institution?"),
        radio(
          opt("childcare", "3岁以下托育机构", "Childcare under 3"),
          opt("training", "校外培训机构", "Out-of-school training"),
        ),
      ),
      question("district", t("在哪个区县？", "In which district?"), select(fuzhouDistricts), { next: END }),
    ],
  },
];
