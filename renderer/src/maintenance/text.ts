/**
 * The maintenance menu's words, zh-CN and English side by side in the kiosk's one bilingual
 * shape (`{"zh-CN", en}`): technicians' screens are few and kept apart from the residents'
 * translation files.
 */
export const text = {
  title: { "zh-CN": "维护菜单", en: "Maintenance" },
  enterPin: { "zh-CN": "请输入维护密码", en: "Enter the maintenance PIN" },
  wrongPin: { "zh-CN": "密码错误，还可尝试 {n} 次", en: "Wrong PIN, {n} attempts left" },
  locked: { "zh-CN": "尝试次数过多，请 {n} 秒后再试", en: "Too many attempts; try again in {n} s" },
  clear: { "zh-CN": "清除", en: "Clear" },
  cancel: { "zh-CN": "取消", en: "Cancel" },
  exit: { "zh-CN": "退出维护", en: "Exit maintenance" },
  devices: { "zh-CN": "设备状态", en: "Devices" },
  reader: { "zh-CN": "读卡器", en: "Card reader" },
  printer: { "zh-CN": "打印机", en: "Printer" },
  network: { "zh-CN": "中心服务", en: "Central service" },
  online: { "zh-CN": "在线", en: "online" },
  offline: { "zh-CN": "离线", en: "offline" },
  outbox: { "zh-CN": "待上传 {n} 条", en: "{n} waiting to upload" },
  rejected: { "zh-CN": "被拒绝的提交", en: "Rejected submissions" },
  versions: { "zh-CN": "版本", en: "Versions" },
  actions: { "zh-CN": "操作", en: "Actions" },
  syncNow: { "zh-CN": "立即同步", en: "Sync now" },
  testPrint: { "zh-CN": "打印测试页", en: "Print test page" },
  virtual: { "zh-CN": "模拟设备", en: "Virtual devices" },
  placeCard: { "zh-CN": "放置身份证", en: "Place ID card" },
  removeCard: { "zh-CN": "移走身份证", en: "Remove card" },
  fault: { "zh-CN": "注入读卡故障", en: "Inject reader fault" },
  paper: { "zh-CN": "纸张", en: "Paper" },
  coverOpen: { "zh-CN": "打开上盖", en: "Open cover" },
  coverClose: { "zh-CN": "合上上盖", en: "Close cover" },
  tickets: { "zh-CN": "最近打印的凭条", en: "Last printed tickets" },
  none: { "zh-CN": "无", en: "none" },
  alerts: { "zh-CN": "需要处理的警报", en: "Alerts" },
  parked: { "zh-CN": "需人工处理的申请（已暂停发送）", en: "Submissions needing attention (sending paused)" },
  attempts: { "zh-CN": "已尝试 {n} 次", en: "{n} attempts" },
  retry: { "zh-CN": "重新发送", en: "Send again" },
  discard: { "zh-CN": "放弃", en: "Discard" },
  confirmDiscard: { "zh-CN": "确认放弃并清除数据", en: "Confirm: discard and erase" },
} as const;

export type TextKey = keyof typeof text;

export function say(key: TextKey, locale: string, n?: number): string {
  const entry = text[key];
  const words = locale === "en" ? entry.en : entry["zh-CN"];
  return n === undefined ? words : words.replace("{n}", String(n));
}
