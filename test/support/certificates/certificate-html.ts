import type { CertificateValues } from "./synthetic-values";

/** How a photo of the certificate went wrong: camera noise, a tilted hold, a lamp's glare. */
export interface Degradation {
  /** Degrees the card is turned. */
  tiltDeg: number;
  /** 0–1: strength of random pixel noise laid over the page. */
  noise: number;
  /** 0–1: strength of a white glare spot. */
  glare: number;
  /** Pixels of blur (a slightly out-of-focus camera). */
  blurPx: number;
}

export const CLEAN: Degradation = { tiltDeg: 0, noise: 0, glare: 0, blurPx: 0 };

const escape = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/** Width and height of the rendered card in CSS pixels (what the kiosk's crop frame holds). */
export const CARD_SIZE = { width: 1000, height: 700 };

/**
 * A plausible 出生医学证明 as one HTML page: the printed form's labels with synthetic values filled
 * in, and the degradation drawn over it (noise from a seeded canvas so a set renders the same).
 */
export function certificateHtml(v: CertificateValues, d: Degradation, seed: number): string {
  const [year, month, day] = v.birthDate.split("-");
  const sex = v.sex === "male" ? "男" : "女";
  const row = (label: string, value: string) =>
    `<div class="row"><span class="label">${label}</span><span class="value">${escape(value)}</span></div>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
  html,body{margin:0;background:#777;}
  .stage{width:${CARD_SIZE.width}px;height:${CARD_SIZE.height}px;overflow:hidden;position:relative;background:#e9e4d8;}
  .card{position:absolute;inset:18px;background:#fbf7ee;border:6px double #b0684e;padding:26px 40px;
    transform:rotate(${d.tiltDeg}deg);filter:blur(${d.blurPx}px);
    font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;color:#222;}
  h1{margin:0 0 6px;text-align:center;font-size:46px;letter-spacing:18px;color:#a23b2a;}
  .sub{text-align:center;font-size:20px;color:#a23b2a;margin-bottom:10px;}
  .no{text-align:right;font-size:26px;margin-bottom:14px;}
  .no b{font-family:"DejaVu Serif",serif;letter-spacing:3px;color:#b0201a;}
  .grid{display:grid;grid-template-columns:1fr 1fr;gap:10px 40px;}
  .row{font-size:26px;border-bottom:1px solid #caa;padding:4px 0;}
  .label{color:#555;margin-right:16px;}
  .value{font-family:"Noto Sans CJK SC",sans-serif;}
  .foot{position:absolute;bottom:22px;left:40px;right:40px;font-size:20px;color:#555;display:flex;justify-content:space-between;}
  canvas{position:absolute;inset:0;pointer-events:none;}
  .glare{position:absolute;inset:0;pointer-events:none;
    background:radial-gradient(circle at 68% 38%, rgba(255,255,255,${d.glare}) 0, rgba(255,255,255,${d.glare * 0.6}) 14%, rgba(255,255,255,0) 34%);}
  </style></head><body><div class="stage">
  <div class="card">
    <h1>出生医学证明</h1>
    <div class="sub">Medical Certificate of Birth（合成样张 · 非真实证件）</div>
    <div class="no">出生医学证明编号 <b>${escape(v.certificateNo)}</b></div>
    <div class="grid">
      ${row("新生儿姓名", v.childName)}
      ${row("性别", sex)}
      ${row("出生时间", `${year}年${month}月${day}日 08时30分`)}
      ${row("出生孕周", "39周")}
      ${row("出生地点", "福建省福州市鼓楼区")}
      ${row("出生体重", "3300克")}
      ${row("母亲姓名", v.motherName)}
      ${row("父亲姓名", v.fatherName)}
    </div>
    <div class="foot"><span>接生机构名称 福州市示例妇幼保健院</span><span>签发日期 ${year}年${month}月${day}日</span></div>
  </div>
  <div class="glare"></div>
  <canvas id="noise" width="${CARD_SIZE.width}" height="${CARD_SIZE.height}"></canvas>
  </div><script>
  (function(){
    var strength=${d.noise}; if(!strength) return;
    var a=${seed}>>>0; function r(){a=(a+0x6d2b79f5)>>>0;var t=a;t=Math.imul(t^(t>>>15),t|1);t^=t+Math.imul(t^(t>>>7),t|61);return((t^(t>>>14))>>>0)/4294967296;}
    var c=document.getElementById("noise"),g=c.getContext("2d"),img=g.createImageData(c.width,c.height);
    for(var i=0;i<img.data.length;i+=4){var v=r()<0.5?0:255;img.data[i]=v;img.data[i+1]=v;img.data[i+2]=v;img.data[i+3]=Math.floor(r()*255*strength);}
    g.putImageData(img,0,0);
  })();
  </script></body></html>`;
}
