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
  builtInSimulator: { "zh-CN": "内置模拟设备", en: "built-in simulator" },
  outbox: { "zh-CN": "待上传 {n} 条", en: "{n} waiting to upload" },
  rejected: { "zh-CN": "被拒绝的提交", en: "Rejected submissions" },
  payments: { "zh-CN": "最近的缴费订单", en: "Recent payment orders" },
  versions: { "zh-CN": "版本", en: "Versions" },
  actions: { "zh-CN": "操作", en: "Actions" },
  syncNow: { "zh-CN": "立即同步", en: "Sync now" },
  testPrint: { "zh-CN": "打印测试页", en: "Print test page" },
  virtual: { "zh-CN": "模拟设备（只在模拟运行时显示）", en: "Virtual devices (only while simulators run)" },
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
  diagnostics: { "zh-CN": "一键检测", en: "Diagnostics" },
  runTest: { "zh-CN": "检测", en: "Test" },
  running: { "zh-CN": "正在检测…", en: "Testing…" },
  verdictOk: { "zh-CN": "正常", en: "OK" },
  verdictWarn: { "zh-CN": "注意", en: "Check" },
  verdictFail: { "zh-CN": "故障", en: "Fault" },
  ports: { "zh-CN": "设备端口", en: "Device ports" },
  port: { "zh-CN": "端口", en: "Port" },
  baud: { "zh-CN": "波特率", en: "Baud rate" },
  save: { "zh-CN": "保存并重新连接", en: "Save and reconnect" },
  fromEnv: { "zh-CN": "来自启动设置", en: "from the start-up settings" },
  fromMenu: { "zh-CN": "在本菜单里设置", en: "set in this menu" },
  simulator: { "zh-CN": "模拟设备", en: "simulator" },
  seenPorts: {
    "zh-CN": "本机看到 {n} 个设备（插拔后会自动刷新）",
    en: "{n} devices seen (refreshes when plugged or unplugged)",
  },
  rollback: { "zh-CN": "配置回退一步", en: "Roll config back one step" },
  restart: { "zh-CN": "重启程序", en: "Restart the app" },
  confirmRestart: { "zh-CN": "确认重启", en: "Confirm restart" },
  cutTest: { "zh-CN": "切纸测试", en: "Cut test" },
  support: { "zh-CN": "上传支持包（给远程技术支持）", en: "Send a support packet" },
  supportHint: {
    "zh-CN": "包含已遮挡身份证号的日志、版本和设备状态，不含居民资料",
    en: "masked logs, versions and device states; no resident data",
  },
  stateOnline: { "zh-CN": "在线", en: "online" },
  stateOffline: { "zh-CN": "未连接", en: "offline" },
  stateError: { "zh-CN": "故障", en: "fault" },
  stateStarting: { "zh-CN": "正在连接", en: "connecting" },
  stateUnconfigured: { "zh-CN": "未设置", en: "not configured" },
  paperOk: { "zh-CN": "纸张正常", en: "paper OK" },
  paperNearEnd: { "zh-CN": "纸快用完", en: "paper low" },
  paperOut: { "zh-CN": "缺纸", en: "out of paper" },
  cardResident: { "zh-CN": "居民身份证", en: "resident ID card" },
  cardForeign2017: {
    "zh-CN": "外国人永久居留证（2017版）",
    en: "foreigner's permanent residence card (2017)",
  },
  cardHmt: { "zh-CN": "港澳台居民居住证", en: "HK/Macao/Taiwan residence permit" },
  cardForeign2023: {
    "zh-CN": "外国人永久居留证（2023版）",
    en: "foreigner's permanent residence card (2023)",
  },
} as const;

export type TextKey = keyof typeof text;

export function say(key: TextKey, locale: string, n?: number): string {
  const entry = text[key];
  const words = locale === "en" ? entry.en : entry["zh-CN"];
  return n === undefined ? words : words.replace("{n}", String(n));
}
