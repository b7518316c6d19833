/** The simulator's pay page: what a phone shows after scanning the kiosk's QR code. */

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const yuan = (fen: number): string => `¥${(fen / 100).toFixed(2)}`;

const page = (body: string): string => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>支付模拟器 Payment simulator</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
.amount{font-size:2.5rem;font-weight:700;margin:.5rem 0}button{display:block;width:100%;font-size:1.2rem;padding:.9rem;margin:.6rem 0;border-radius:.5rem;border:1px solid #888;background:#fff}
button.pay{background:#0a7d38;color:#fff;border-color:#0a7d38}.note{color:#555;font-size:.9rem}</style></head>
<body><main>${body}<p class="note">模拟支付，不产生真实扣款。Simulated payment: no money moves.</p></main></body></html>`;

export function payPage(view: {
  token: string;
  amountFen: number;
  description: { "zh-CN": string; en: string };
  state: string;
  transactionNo: string | null;
}): string {
  const head = `<h1>支付模拟器</h1><p>${escape(view.description["zh-CN"])}<br>${escape(view.description.en)}</p>
<p class="amount">${yuan(view.amountFen)}</p>`;
  if (view.state !== "pending")
    return page(`${head}<p role="status">${escape(stateText(view.state, view.transactionNo))}</p>`);
  const action = (name: string, label: string, cls = "") =>
    `<form method="post" action="/sim/pay/${encodeURIComponent(view.token)}/${name}"><button class="${cls}" type="submit">${label}</button></form>`;
  return page(
    `${head}${action("pay", "确认支付 Pay", "pay")}${action("decline", "拒绝支付 Decline")}${action("timeout", "不付款，让订单超时 Let it time out")}`,
  );
}

function stateText(state: string, transactionNo: string | null): string {
  switch (state) {
    case "paid":
      return `支付成功 Paid — 交易号 ${transactionNo ?? ""}`;
    case "declined":
      return "已拒绝支付，未扣款 Declined, nothing charged";
    case "expired":
      return "订单已超时，未扣款 Timed out, nothing charged";
    case "refunded":
      return "已退款 Refunded";
    default:
      return "订单已关闭，未扣款 Order closed, nothing charged";
  }
}

export const unknownLinkPage = (): string =>
  page('<h1>支付模拟器</h1><p role="status">付款链接无效 This pay link is not valid.</p>');
