import { opt, question, radio, select, t, text, when } from "../../model/build";
import { openQueryDefaults } from "../../model/defaults";
import { END } from "../../model/end";
import type { ServiceInput } from "../../model/schema";

const metroLines = [1, 2, 4, 5, 6].map((n) => opt(`line-${n}`, `地铁${n}号线`, `Metro line ${n}`));

const placePhrases = [
  t("福州站", "Fuzhou Railway Station"),
  t("福州南站", "Fuzhou South Railway Station"),
  t("长乐国际机场", "Changle International Airport"),
  t("三坊七巷", "Three Lanes and Seven Alleys"),
  t("东街口", "Dongjiekou"),
  t("五一广场", "May 1st Square"),
];

export const busMetroRoutes: ServiceInput = {
  ...openQueryDefaults("transport"),
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
};
