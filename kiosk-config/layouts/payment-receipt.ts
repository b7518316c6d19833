import * as z from "zod";
import { formatFuzhouTime, maskIdNumber, maskName } from "./format";
import type { LayoutBlock, LayoutDocument } from "./model";

/**
 * Data of a payment receipt (缴费凭证): printed only once the provider said `paid`, so it always
 * carries the provider's transaction number, which is what a resident quotes to ask for a refund.
 */
export const PaymentReceiptData = z.object({
  serviceName: z.string().min(1).max(80),
  /** What was paid, e.g. 水费（户号 12345678）. */
  description: z.string().min(1).max(120),
  amountFen: z.number().int().positive().max(100_000_000),
  /** The provider's transaction number (交易流水号). */
  transactionNo: z.string().regex(/^[A-Za-z0-9-]{6,64}$/),
  /** Central's order number (订单号). */
  orderId: z.uuid(),
  /** Provider's name as central records it, e.g. "simulator". */
  provider: z.string().min(1).max(40),
  paidAt: z.iso.datetime({ offset: true }),
  kioskName: z.string().min(1).max(40),
  /** The card holder where the service reads a card; absent for services without one. */
  payer: z.object({ name: z.string().min(1), idNumber: z.string().min(1) }).optional(),
});
export type PaymentReceiptData = z.infer<typeof PaymentReceiptData>;

/** ¥ 123.45 from fen, without floating-point rounding. */
export function formatYuan(fen: number): string {
  return `¥ ${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}

const providerText: Readonly<Record<string, string>> = {
  simulator: "模拟支付 Simulator",
  wechat: "微信支付 WeChat Pay",
  alipay: "支付宝 Alipay",
  unionpay: "云闪付 UnionPay",
};

export function paymentReceiptLayout(data: PaymentReceiptData): LayoutDocument {
  const row = (label: string, value: string): LayoutBlock => ({
    kind: "columns",
    cells: [
      { text: label, weight: 2 },
      { text: value, weight: 3 },
    ],
  });
  return {
    blocks: [
      { kind: "text", text: "e福州 缴费凭证", align: "center", bold: true, size: { width: 2, height: 2 } },
      { kind: "text", text: "Payment receipt", align: "center" },
      { kind: "rule" },
      row("事项 Service", data.serviceName),
      row("内容 For", data.description),
      { kind: "text", text: `金额 Amount  ${formatYuan(data.amountFen)}`, bold: true, size: { width: 1, height: 2 } },
      row("状态 Status", "已支付 Paid"),
      row("支付方式 Via", providerText[data.provider] ?? data.provider),
      row("交易流水号 Txn", data.transactionNo),
      row("订单号 Order", data.orderId),
      ...(data.payer === undefined
        ? []
        : [row("缴费人 Payer", maskName(data.payer.name)), row("证件号 ID", maskIdNumber(data.payer.idNumber))]),
      row("时间 Time", formatFuzhouTime(data.paidAt)),
      row("终端 Kiosk", data.kioskName),
      { kind: "rule" },
      { kind: "barcode", data: data.transactionNo, height: 60 },
      { kind: "text", text: "退款请凭交易流水号咨询 For a refund, quote the Txn number", align: "center" },
      { kind: "text", text: "请妥善保管本凭证。Please keep this receipt.", align: "center" },
    ],
  };
}
