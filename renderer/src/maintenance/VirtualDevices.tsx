import type { MaintenanceAction, MaintenanceReport } from "../../../core/api";
import { CARD_TYPES } from "../../../kiosk-config/identity/card-types";
import { say, type TextKey } from "./text";

const CARD_WORDS: Record<(typeof CARD_TYPES)[number], TextKey> = {
  resident: "cardResident",
  "foreign-2017": "cardForeign2017",
  "hmt-permit": "cardHmt",
  "foreign-2023": "cardForeign2023",
};

/** The simulators' faults in plain words; a fault the page does not know shows its own name. */
const FAULT_WORDS: Record<string, { "zh-CN": string; en: string }> = {
  "no-card": { "zh-CN": "误报无卡", en: "false no-card" },
  "read-failed": { "zh-CN": "读卡时卡片移动", en: "card moved while reading" },
  "bad-checksum": { "zh-CN": "数据校验错", en: "bad checksum" },
  junk: { "zh-CN": "线路杂波", en: "line noise" },
  fragmented: { "zh-CN": "数据分段到达", en: "reply in fragments" },
  "sam-failure": { "zh-CN": "安全模块自检失败", en: "SAM self-test failed" },
  disconnect: { "zh-CN": "读卡器断开", en: "reader unplugged" },
};

const PAPER_WORDS = { ok: "paperOk", "near-end": "paperNearEnd", out: "paperOut" } as const;

/** The virtual devices' buttons: shown only while the simulators run, all in plain words. */
export function VirtualDevices({
  simulated,
  locale,
  run,
}: {
  simulated: MaintenanceReport["simulated"];
  locale: string;
  run: (action: MaintenanceAction) => void;
}) {
  return (
    <>
      <h2>{say("virtual", locale)}</h2>
      {simulated.reader && (
        <div className="action-row">
          {CARD_TYPES.map((cardType) => (
            <button
              key={cardType}
              type="button"
              className="button button--secondary"
              data-testid={`sim-card-${cardType}`}
              onClick={() => run({ kind: "sim-place-card", cardType, adult: true })}
            >
              {say("placeCard", locale)}：{say(CARD_WORDS[cardType], locale)}
            </button>
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => run({ kind: "sim-remove-card" })}
          >
            {say("removeCard", locale)}
          </button>
          {simulated.readerFaults.map((fault) => (
            <button
              key={fault}
              type="button"
              className="button button--secondary"
              data-testid={`sim-fault-${fault}`}
              onClick={() => run({ kind: "sim-reader-fault", fault })}
            >
              {say("fault", locale)}：
              {FAULT_WORDS[fault]
                ? locale === "en"
                  ? FAULT_WORDS[fault].en
                  : FAULT_WORDS[fault]["zh-CN"]
                : fault}
            </button>
          ))}
        </div>
      )}
      {simulated.printer && (
        <div className="action-row">
          {(["ok", "near-end", "out"] as const).map((paper) => (
            <button
              key={paper}
              type="button"
              className="button button--secondary"
              data-testid={`sim-paper-${paper}`}
              onClick={() => run({ kind: "sim-paper", paper })}
            >
              {say("paper", locale)}：{say(PAPER_WORDS[paper], locale)}
            </button>
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => run({ kind: "sim-cover", open: true })}
          >
            {say("coverOpen", locale)}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => run({ kind: "sim-cover", open: false })}
          >
            {say("coverClose", locale)}
          </button>
        </div>
      )}
    </>
  );
}
