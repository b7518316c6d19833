/**
 * The fleet console: one static page and its script, served by the central service. It holds no
 * secret itself — the manager pastes the credential, kept in sessionStorage for the tab only —
 * and builds every cell with textContent, because kiosk names and errors come from kiosks.
 */
export const consoleHtml = `<!doctype html>
<html lang="zh-CN" translate="no">
<head>
<meta charset="utf-8">
<meta name="google" content="notranslate">
<title>e福州 终端管理 · Fleet console</title>
<link rel="stylesheet" href="/console/style.css">
</head>
<body>
<header><h1>e福州 终端管理 <small>Fleet console</small></h1>
<form id="auth"><label>管理员凭证 Manager token <input id="token" type="password" autocomplete="off" required></label>
<button>保存 Save</button></form></header>
<main>
<section><h2>终端 Kiosks <small id="summary"></small></h2>
<form id="filter"><label>状态 Status <select id="f-status"><option value="">全部 all</option>
<option value="online">在线 online</option><option value="offline">离线 offline</option>
<option value="never">从未上线 never seen</option><option value="attention">需处理 needs attention</option></select></label>
<label>区 District <input id="f-district" maxlength="64"></label> <label>站点 Site <input id="f-site" maxlength="64"></label>
<label>版本 Version <input id="f-version" maxlength="64"></label> <button>筛选 Filter</button></form>
<table><thead><tr><th>名称 Name</th><th>站点 Site</th><th>状态 Status</th><th>最近心跳 Last seen</th>
<th>读卡器 Reader</th><th>打印机 Printer</th><th>纸张 Paper</th><th>待传 Outbox</th><th>配置 Config</th></tr></thead>
<tbody id="kiosks"></tbody></table>
<nav class="pager"><button id="prev" type="button" disabled>上一页 Previous</button>
<span id="page-no">1</span><button id="next" type="button" disabled>下一页 Next</button></nav></section>
<section><h2>登记码 Enrollment code</h2>
<form id="code-form"><label>站点 Site <input id="code-site" maxlength="64"></label><button>生成 Create</button></form>
<p id="code-out" class="out"></p></section>
<section><h2>发布配置 Publish config</h2>
<form id="config-form"><label>站点 Site (可选 optional) <input id="config-site" maxlength="64"></label>
<textarea id="config-json" rows="6" spellcheck="false">{ "heartbeatSeconds": 60 }</textarea>
<button>签名发布 Sign &amp; publish</button></form>
<p id="config-out" class="out"></p></section>
</main>
<script type="module" src="/console/app.js"></script>
</body>
</html>
`;

export const consoleCss = `body{font:15px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;margin:0;color:#1a1a1a;background:#f6f7f9}
header{display:flex;justify-content:space-between;align-items:center;padding:12px 24px;background:#0b4ea2;color:#fff}
header h1{font-size:20px;margin:0}small{opacity:.75;font-weight:normal}main{padding:16px 24px}
section{background:#fff;border-radius:8px;padding:12px 16px;margin-bottom:16px;box-shadow:0 1px 2px #0002}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e3e6ea}
.online{color:#137333;font-weight:600}.offline{color:#b3261e;font-weight:600}.warn{color:#a15c00}
textarea{display:block;width:100%;font-family:monospace;margin:8px 0}.out{font-family:monospace;font-size:18px}
.error{color:#b3261e}#filter{display:flex;gap:12px;flex-wrap:wrap;margin-bottom:8px}
.pager{display:flex;gap:12px;align-items:center;margin-top:8px}`;

export const consoleJs = `const $ = (id) => document.getElementById(id);
const tokenInput = $("token");
tokenInput.value = sessionStorage.getItem("managerToken") ?? "";

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: { authorization: "Bearer " + tokenInput.value, ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(json.error ? json.error.zh + " / " + json.error.en : "HTTP " + response.status);
  return json;
}

function cell(row, text, cls) {
  const td = document.createElement("td");
  td.textContent = text;
  if (cls) td.className = cls;
  row.append(td);
}

// The list comes a page at a time: the cursors of the pages before this one, for "Previous".
let cursors = [undefined];

function listPath() {
  const q = new URLSearchParams({ limit: "100" });
  for (const [key, id] of [["status", "f-status"], ["district", "f-district"], ["site", "f-site"], ["version", "f-version"]]) {
    const v = $(id).value.trim();
    if (v) q.set(key, v);
  }
  const after = cursors[cursors.length - 1];
  if (after) q.set("after", after);
  return "/v1/fleet/kiosks?" + q;
}

async function refresh() {
  const body = $("kiosks");
  try {
    const { kiosks, next } = await api("GET", listPath());
    $("next").disabled = !next;
    $("next").dataset.cursor = next ?? "";
    $("prev").disabled = cursors.length < 2;
    $("page-no").textContent = String(cursors.length);
    body.replaceChildren();
    for (const k of kiosks) {
      const row = document.createElement("tr");
      const h = k.health;
      cell(row, k.name);
      cell(row, k.site ?? "—");
      cell(row, k.online ? "在线 online" : "离线 offline", k.online ? "online" : "offline");
      cell(row, k.lastSeen ? new Date(k.lastSeen).toLocaleString("zh-CN") : "从未 never");
      cell(row, h ? h.devices.reader.state + (h.devices.reader.lastError ? " — " + h.devices.reader.lastError : "") : "—");
      cell(row, h ? h.devices.printer.state + (h.devices.printer.coverOpen ? " (盖开 cover open)" : "") : "—");
      cell(row, h ? h.devices.printer.paper : "—", h && h.devices.printer.paper !== "ok" ? "warn" : "");
      cell(
        row,
        h ? String(h.outboxDepth) + (h.parkedCount ? " (待处理 needs attention: " + h.parkedCount + ")" : "") : "—",
        h && h.parkedCount ? "warn" : "",
      );
      cell(row, h ? String(h.configVersion) + (h.configState ? " " + h.configState : "") : "—");
      body.append(row);
    }
    const c = await api("GET", "/v1/fleet/summary");
    $("summary").textContent =
      c.online + " / " + c.kiosks + " 在线 online · " + c.attention + " 需处理 needs attention · " + c.never + " 从未上线 never seen";
  } catch (error) {
    body.replaceChildren();
    const row = document.createElement("tr");
    cell(row, error.message, "error");
    body.append(row);
  }
}

$("auth").addEventListener("submit", (event) => {
  event.preventDefault();
  sessionStorage.setItem("managerToken", tokenInput.value);
  void refresh();
});

$("filter").addEventListener("submit", (event) => {
  event.preventDefault();
  cursors = [undefined];
  void refresh();
});
$("next").addEventListener("click", () => {
  cursors.push($("next").dataset.cursor);
  void refresh();
});
$("prev").addEventListener("click", () => {
  if (cursors.length > 1) cursors.pop();
  void refresh();
});

$("code-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const out = $("code-out");
  try {
    const site = $("code-site").value.trim();
    const { code, expiresAt } = await api("POST", "/v1/fleet/enrollment-codes", site ? { site } : {});
    out.className = "out";
    out.textContent = code + "  (有效期至 expires " + new Date(expiresAt).toLocaleString("zh-CN") + ")";
  } catch (error) {
    out.className = "out error";
    out.textContent = error.message;
  }
});

$("config-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const out = $("config-out");
  try {
    const config = JSON.parse($("config-json").value);
    const site = $("config-site").value.trim();
    const { version } = await api("POST", "/v1/fleet/config", site ? { config, site } : { config });
    out.className = "out";
    out.textContent = "已发布版本 published version " + version;
  } catch (error) {
    out.className = "out error";
    out.textContent = error.message;
  }
});

if (tokenInput.value) void refresh();
setInterval(() => { if (tokenInput.value) void refresh(); }, 15000);
`;
