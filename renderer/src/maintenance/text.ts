/**
 * The maintenance menu's words, zh-CN and English side by side: technicians' screens are few and
 * kept apart from the residents' translation files.
 */
export const text = {
  title: { zh: "维护菜单", en: "Maintenance" },
  enterPin: { zh: "请输入维护密码", en: "Enter the maintenance PIN" },
  wrongPin: { zh: "密码错误，还可尝试 {n} 次", en: "Wrong PIN, {n} attempts left" },
  locked: { zh: "尝试次数过多，请 {n} 秒后再试", en: "Too many attempts; try again in {n} s" },
  clear: { zh: "清除", en: "Clear" },
  cancel: { zh: "取消", en: "Cancel" },
  exit: { zh: "退出维护", en: "Exit maintenance" },
  devices: { zh: "设备状态", en: "Devices" },
  reader: { zh: "读卡器", en: "Card reader" },
  printer: { zh: "打印机", en: "Printer" },
  network: { zh: "中心服务", en: "Central service" },
  online: { zh: "在线", en: "online" },
  offline: { zh: "离线", en: "offline" },
  outbox: { zh: "待上传 {n} 条", en: "{n} waiting to upload" },
  rejected: { zh: "被拒绝的提交", en: "Rejected submissions" },
  versions: { zh: "版本", en: "Versions" },
  actions: { zh: "操作", en: "Actions" },
  syncNow: { zh: "立即同步", en: "Sync now" },
  testPrint: { zh: "打印测试页", en: "Print test page" },
  virtual: { zh: "模拟设备", en: "Virtual devices" },
  placeCard: { zh: "放置身份证", en: "Place ID card" },
  removeCard: { zh: "移走身份证", en: "Remove card" },
  fault: { zh: "注入读卡故障", en: "Inject reader fault" },
  paper: { zh: "纸张", en: "Paper" },
  coverOpen: { zh: "打开上盖", en: "Open cover" },
  coverClose: { zh: "合上上盖", en: "Close cover" },
  tickets: { zh: "最近打印的凭条", en: "Last printed tickets" },
  none: { zh: "无", en: "none" },
  alerts: { zh: "需要处理的警报", en: "Alerts" },
  parked: { zh: "需人工处理的申请（已暂停发送）", en: "Submissions needing attention (sending paused)" },
  attempts: { zh: "已尝试 {n} 次", en: "{n} attempts" },
  retry: { zh: "重新发送", en: "Send again" },
  discard: { zh: "放弃", en: "Discard" },
  confirmDiscard: { zh: "确认放弃并清除数据", en: "Confirm: discard and erase" },
} as const;

export type TextKey = keyof typeof text;

export function say(key: TextKey, locale: string, n?: number): string {
  const entry = text[key];
  const words = locale === "en" ? entry.en : entry.zh;
  return n === undefined ? words : words.replace("{n}", String(n));
}
