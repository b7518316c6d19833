import type { Option } from "./answers";

const names: [string, string, string][] = [
  ["beijing", "北京", "Beijing"],
  ["tianjin", "天津", "Tianjin"],
  ["hebei", "河北", "Hebei"],
  ["shanxi", "山西", "Shanxi"],
  ["inner-mongolia", "内蒙古", "Inner Mongolia"],
  ["liaoning", "辽宁", "Liaoning"],
  ["jilin", "吉林", "Jilin"],
  ["heilongjiang", "黑龙江", "Heilongjiang"],
  ["shanghai", "上海", "Shanghai"],
  ["jiangsu", "江苏", "Jiangsu"],
  ["zhejiang", "浙江", "Zhejiang"],
  ["anhui", "安徽", "Anhui"],
  ["fujian", "福建（省内其他城市）", "Fujian (another city)"],
  ["jiangxi", "江西", "Jiangxi"],
  ["shandong", "山东", "Shandong"],
  ["henan", "河南", "Henan"],
  ["hubei", "湖北", "Hubei"],
  ["hunan", "湖南", "Hunan"],
  ["guangdong", "广东", "Guangdong"],
  ["guangxi", "广西", "Guangxi"],
  ["hainan", "海南", "Hainan"],
  ["chongqing", "重庆", "Chongqing"],
  ["sichuan", "四川", "Sichuan"],
  ["guizhou", "贵州", "Guizhou"],
  ["yunnan", "云南", "Yunnan"],
  ["tibet", "西藏", "Tibet"],
  ["shaanxi", "陕西", "Shaanxi"],
  ["gansu", "甘肃", "Gansu"],
  ["qinghai", "青海", "Qinghai"],
  ["ningxia", "宁夏", "Ningxia"],
  ["xinjiang", "新疆", "Xinjiang"],
];

/** Mainland provinces for transfers between places (跨省通办). */
export const provinceOptions: readonly Option[] = names.map(([value, zh, en]) => ({
  value,
  label: { "zh-CN": zh, en },
}));
