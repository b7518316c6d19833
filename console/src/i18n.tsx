/**
 * The console's two languages: zh-CN first (managers in Fuzhou), English for vendors' technicians.
 * One table, so a missing translation is a type error rather than a blank label.
 */
import { createContext, useCallback, useContext } from "react";

export type Lang = "zh-CN" | "en";

const TEXT = {
  title: ["e福州 终端管理", "e福州 fleet console"],
  login: ["登录", "Log in"],
  logout: ["退出", "Log out"],
  username: ["用户名", "Username"],
  password: ["密码", "Password"],
  breakGlass: ["应急令牌（CENTRAL_MANAGER_TOKEN）", "Break-glass token (CENTRAL_MANAGER_TOKEN)"],
  useToken: ["用令牌登录", "Use token"],
  language: ["English", "中文"],
  fleet: ["终端", "Fleet"],
  health: ["运行趋势", "Health"],
  layers: ["配置层", "Config layers"],
  rollouts: ["分批发布", "Rollouts"],
  alerts: ["告警", "Alerts"],
  audit: ["审计日志", "Audit log"],
  online: ["在线", "Online"],
  offline: ["离线", "Offline"],
  never: ["从未上线", "Never seen"],
  revoked: ["已吊销", "Revoked"],
  attention: ["需处理", "Needs attention"],
  total: ["总数", "Total"],
  district: ["区县", "District"],
  site: ["网点", "Site"],
  status: ["状态", "Status"],
  version: ["版本", "Version"],
  any: ["全部", "Any"],
  filter: ["筛选", "Filter"],
  next: ["下一页", "Next page"],
  first: ["第一页", "First page"],
  name: ["名称", "Name"],
  lastSeen: ["最近心跳", "Last seen"],
  paper: ["纸张", "Paper"],
  outbox: ["待上传", "Outbox"],
  parked: ["待人工处理", "Parked"],
  devices: ["设备", "Devices"],
  device: ["设备名", "Device"],
  state: ["状态", "State"],
  lastError: ["最近错误", "Last error"],
  empty: ["暂无记录", "Nothing here"],
  loading: ["加载中…", "Loading…"],
  kiosk: ["终端", "Kiosk"],
  config: ["配置", "Config"],
  desired: ["应为", "Desired"],
  reported: ["实际", "Reported"],
  digest: ["摘要", "Digest"],
  compliant: ["一致", "Compliant"],
  drift: ["不一致", "Drifting"],
  configLayers: ["生效的配置层", "Layers in effect"],
  sources: ["各项来源", "Where each value comes from"],
  history: ["设备状态变化", "Device-state changes"],
  receivedAt: ["时间", "Time"],
  supportPackets: ["支持包", "Support packets"],
  supportNeedsOperator: ["查看支持包需操作员权限", "Support packets need the operator role"],
  size: ["大小", "Size"],
  note: ["备注", "Note"],
  layer: ["配置层", "Layer"],
  layerName: [
    "配置层名称（global、district:…、site:…、kiosk:…）",
    "Layer (global, district:…, site:…, kiosk:…)",
  ],
  current: ["当前版本", "Current revision"],
  edit: ["编辑", "Edit"],
  editor: ["配置（JSON）", "Config (JSON)"],
  valid: ["校验通过", "Valid"],
  invalid: ["校验未通过", "Not valid"],
  diff: ["与当前版本的差异", "Difference from the current revision"],
  noDiff: ["与当前版本相同", "Same as the current revision"],
  pilotKiosks: ["试点终端（逗号分隔的终端 ID）", "Pilot kiosks (comma-separated kiosk IDs)"],
  threshold: ["错误阈值 %", "Error threshold %"],
  publishRollout: ["发布到试点组", "Publish to a pilot group"],
  publishNow: ["立即发布到全部", "Publish to all now"],
  published: ["已发布", "Published"],
  group: ["分组", "Group"],
  progress: ["进度", "Progress"],
  done: ["完成", "Done"],
  pending: ["等待", "Pending"],
  failed: ["失败", "Failed"],
  silent: ["失联", "Silent"],
  pause: ["暂停", "Pause"],
  resume: ["继续", "Resume"],
  cancel: ["取消", "Cancel"],
  rollback: ["回滚", "Roll back"],
  createdBy: ["创建人", "Created by"],
  createdAt: ["创建时间", "Created"],
  kind: ["类型", "Kind"],
  severity: ["级别", "Severity"],
  openOnly: ["仅未解决", "Open only"],
  resolved: ["已解决", "Resolved"],
  open: ["未解决", "Open"],
  detail: ["详情", "Detail"],
  at: ["时间", "Time"],
  actor: ["操作人", "Actor"],
  action: ["操作", "Action"],
  onlineKiosks: ["在线终端数", "Online kiosks"],
  paperStates: ["纸张状态（终端数）", "Paper states (kiosks)"],
  submissions: ["每小时提交数", "Submissions per hour"],
  approvalRate: ["秒批通过率 %", "秒批 approval rate %"],
  paperOk: ["充足", "OK"],
  paperNear: ["将尽", "Near end"],
  paperOut: ["缺纸", "Out"],
  range: ["时间范围", "Range"],
  day: ["24 小时", "24 hours"],
  week: ["7 天", "7 days"],
  month: ["30 天", "30 days"],
  back: ["返回终端列表", "Back to the fleet"],
  role: ["角色", "Role"],
  viewerNote: ["只读账号：不能发布或操作分批发布", "Read-only account: cannot publish or act on rollouts"],
  enrollment: ["注册码", "Enrollment"],
  enrollTitle: ["为网点生成注册码", "Make an enrollment code for a site"],
  enrollSiteHint: ["网点（可不填）", "Site (optional)"],
  ttlHours: ["有效期（小时）", "Valid for (hours)"],
  makeCode: ["生成注册码", "Make a code"],
  codeOnce: [
    "注册码只显示这一次，请立即抄给安装人员；过期后作废。",
    "The code is shown this once: give it to the installer now. It stops working when it expires.",
  ],
  code: ["注册码", "Code"],
  expiresAt: ["过期时间", "Expires"],
  noSite: ["未指定网点", "No site"],
  actions: ["终端操作", "Kiosk actions"],
  placement: ["所属区县与网点", "District and site"],
  savePlacement: ["保存归属", "Save placement"],
  placementSaved: ["归属已保存", "Placement saved"],
  clearHint: ["留空表示不属于任何区县或网点", "Leave empty for none"],
  revoke: ["吊销终端", "Revoke kiosk"],
  revokeQuestion: [
    "吊销后这台终端的令牌立即失效，不能再上传或查询，只能重新注册。确定吊销？",
    "Revoking ends this kiosk's token at once: it can no longer upload or query until enrolled again. Revoke it?",
  ],
  revokedAt: ["已吊销于", "Revoked at"],
  revokeNeedsAdmin: ["吊销终端需管理员权限", "Revoking a kiosk needs the admin role"],
  managers: ["管理员账号", "Managers"],
  newManager: ["新建账号", "New account"],
  create: ["创建", "Create"],
  created: ["已创建", "Created"],
  passwordHint: ["密码（至少 12 位）", "Password (at least 12 characters)"],
  changeRole: ["修改角色", "Change role"],
  disable: ["停用", "Disable"],
  enable: ["启用", "Enable"],
  disabled: ["已停用", "Disabled"],
  active: ["正常", "Active"],
  disableQuestion: [
    "停用后该账号立即退出登录，不能再登录。确定停用？",
    "Disabling logs this account out at once and stops it logging in. Disable it?",
  ],
  saved: ["已保存", "Saved"],
  roleViewer: ["只读", "Viewer"],
  roleOperator: ["操作员", "Operator"],
  roleAdmin: ["管理员", "Admin"],
  refresh: ["刷新", "Refresh"],
  remoteRequests: ["远程请求", "Remote requests"],
  remoteHint: [
    "终端在下一次心跳（约一分钟内）收到请求并自动执行。",
    "The kiosk picks a request up at its next heartbeat (within about a minute) and acts on it by itself.",
  ],
  requestPacket: ["请求支持包", "Request a support packet"],
  requestRotation: ["请求更换令牌", "Request a token rotation"],
  requestsNeedOperator: [
    "只读账号不能发起远程请求：需要操作员或管理员权限。",
    "A read-only account cannot make remote requests: that needs the operator or admin role.",
  ],
  requestSent: ["请求已发出", "Request sent"],
  requestWaiting: [
    "已有同类请求在等待终端执行，未重复发出",
    "One is already waiting for the kiosk: not sent twice",
  ],
  kindSupportPacket: ["支持包", "Support packet"],
  kindTokenRotation: ["更换令牌", "Token rotation"],
  requestedAt: ["请求时间", "Requested"],
  requestedBy: ["请求人", "Requested by"],
  doneAt: ["完成时间", "Done"],
  statusPending: ["等待终端执行", "Waiting for the kiosk"],
  statusDone: ["已完成", "Done"],
  packet: ["支持包文件", "Packet"],
  download: ["下载", "Download"],
  downloadNeedsOperator: ["下载需操作员权限", "Downloading needs the operator role"],
} as const satisfies Record<string, readonly [string, string]>;

export type TextKey = keyof typeof TEXT;

export const LangContext = createContext<Lang>("zh-CN");

export function useT(): (key: TextKey) => string {
  const lang = useContext(LangContext);
  return useCallback((key: TextKey) => TEXT[key][lang === "zh-CN" ? 0 : 1], [lang]);
}

const PAPER: Record<string, TextKey> = { ok: "paperOk", "near-end": "paperNear", out: "paperOut" };

/** A printer's paper state in the manager's words (an unknown state as the kiosk sent it). */
export function paperText(t: (key: TextKey) => string, paper: string | undefined): string {
  if (paper === undefined) return "—";
  const key = PAPER[paper];
  return key === undefined ? paper : t(key);
}

/** Dates as the manager reads them (Fuzhou time), never the raw ISO string. */
export function formatTime(iso: string | null, lang: Lang): string {
  if (iso === null) return "—";
  return new Date(iso).toLocaleString(lang, { timeZone: "Asia/Shanghai", hour12: false });
}
