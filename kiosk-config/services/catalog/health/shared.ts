import { opt } from "../../model/build";

export const hospitals = [
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
