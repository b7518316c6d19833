import { testPageDocument } from "../../../drivers/printer/test-page";
import { detail, type Diagnostic, text } from "./types";

const STATE_ZH: Record<string, string> = {
  online: "在线",
  offline: "未连接",
  error: "故障",
  starting: "正在连接",
};
const PAPER_ZH: Record<string, string> = { ok: "正常", "near-end": "快用完", out: "缺纸" };

/** The receipt printer: state, paper, the counter of confirmed jobs, and a dated test page. */
export const printerDiagnostic: Diagnostic = {
  id: "printer",
  label: text("凭条打印机", "receipt printer"),
  hint: text("打印一张带当前时间的测试页", "prints a test page with the current time"),
  async run({ printer, now }) {
    const before = printer.status();
    const describe = (): ReturnType<typeof detail>[] => [
      detail("状态", "state", STATE_ZH[before.state] ?? before.state),
      detail("端口", "port", before.port),
      detail("波特率", "baud", printer.baudRate),
      detail("纸张", "paper", PAPER_ZH[before.paper] ?? before.paper),
      detail("上盖", "cover", before.coverOpen ? "打开 open" : "合上 closed"),
      detail("已打印张数（本次开机）", "jobs printed since start", printer.printedJobs),
    ];
    const details = describe();
    if (before.lastError !== undefined) details.push(detail("最近问题", "last problem", before.lastError));
    const result = await printer.printDocument(testPageDocument(now(), before.port), "test-page", "partial");
    if (!result.ok) {
      return {
        verdict: "fail",
        summary: text(`测试页没有打出来：${result.zh}`, `the test page did not print: ${result.en}`),
        details,
        lines: [],
      };
    }
    const paper = printer.status().paper;
    return {
      verdict: paper === "near-end" ? "warn" : "ok",
      summary:
        paper === "near-end"
          ? text("测试页已打印；纸快用完了，请换纸", "test page printed; paper is running low, refill it")
          : text("测试页已打印，请看纸上的时间是否是现在", "test page printed: check the time on it is now"),
      details: describe(),
      lines: [],
    };
  },
};
