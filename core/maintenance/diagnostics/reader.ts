import { detail, type Diagnostic, text } from "./types";

const CARD_ZH: Record<string, string> = {
  resident: "居民身份证",
  "foreign-2017": "外国人永久居留证（2017版）",
  "hmt-permit": "港澳台居民居住证",
  "foreign-2023": "外国人永久居留证（2023版）",
};

const STATE_ZH: Record<string, string> = {
  online: "在线",
  offline: "未连接",
  error: "故障",
  starting: "正在连接",
};

/**
 * The ID-card reader: where it is, its rate and SAM id, and a test read of the card lying on it
 * (shown masked; no session opens and nothing is kept).
 */
export const readerDiagnostic: Diagnostic = {
  id: "reader",
  label: text("身份证读卡器", "ID-card reader"),
  hint: text("先放一张身份证在读卡器上，再点检测", "place an ID card on the reader, then run the test"),
  async run({ reader }) {
    const status = reader.status();
    const details = [
      detail("状态", "state", STATE_ZH[status.state] ?? status.state),
      detail("端口", "port", status.port === "sim" ? "模拟设备 simulator" : status.port),
      detail("波特率", "baud", reader.baudRate),
      detail("安全模块编号", "SAM id", reader.samId() ?? "—"),
    ];
    if (status.lastError !== undefined) details.push(detail("最近问题", "last problem", status.lastError));
    if (status.state !== "online") {
      return {
        verdict: "fail",
        summary: text(
          "读卡器未连接：请检查数据线和电源，或在“设备端口”里选对端口和波特率",
          "the reader is not connected: check its cable and power, or choose its port and baud under device ports",
        ),
        details,
        lines: [],
      };
    }
    const read = await reader.testRead(4000);
    switch (read.kind) {
      case "read":
        return {
          verdict: "ok",
          summary: text("读卡正常", "card read"),
          details: [
            ...details,
            detail(
              "证件类型",
              "card type",
              `${CARD_ZH[read.card.cardType] ?? ""} ${read.card.cardType}`.trim(),
            ),
            detail("姓名", "name", read.card.name),
            detail("证件号码", "ID number", read.card.idNumber),
            detail("有效期至", "valid to", read.card.validTo),
          ],
          lines: [],
        };
      case "no-card":
        return {
          verdict: "warn",
          summary: text(
            "读卡器在线，但上面没有身份证：放一张卡再检测一次",
            "the reader answers but no card is on it: place one and test again",
          ),
          details,
          lines: [],
        };
      case "failed":
        return {
          verdict: "fail",
          summary: text(`读卡失败：${read.zh}`, `the read failed: ${read.en}`),
          details,
          lines: [],
        };
      case "busy":
      case "offline":
      case "timeout":
        return {
          verdict: "fail",
          summary: text("读卡器没有回应，请稍后再试", "the reader did not answer in time; try again"),
          details,
          lines: [],
        };
    }
  },
};
