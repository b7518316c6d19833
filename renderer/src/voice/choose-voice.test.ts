import { describe, expect, it } from "vitest";
import { chooseVoice, type VoiceLike } from "./choose-voice";

const v = (lang: string, localService = true, isDefault = false): VoiceLike & { name: string } => ({
  name: `${lang}${localService ? "" : " (network)"}`,
  lang,
  localService,
  default: isDefault,
});

describe("chooseVoice", () => {
  it("speaks a Chinese page in the Mainland voice, preferring one on the device", () => {
    const voices = [v("en-US", true, true), v("zh-CN", false), v("zh-TW"), v("zh-CN")];
    expect(chooseVoice(voices, "zh-CN")?.name).toBe("zh-CN");
  });

  it("accepts platform tags spelled with underscores or in other case", () => {
    expect(chooseVoice([v("en-US"), v("zh_CN")], "zh-CN")?.lang).toBe("zh_CN");
  });

  it("speaks an English page in an English voice and never in a Chinese one", () => {
    expect(chooseVoice([v("zh-CN", true, true), v("en-AU")], "en")?.lang).toBe("en-AU");
    expect(chooseVoice([v("zh-CN", true, true)], "en")).toBeNull();
  });

  it("speaks Traditional Chinese in a Hong Kong or Taiwan voice, never in a Mainland one", () => {
    expect(chooseVoice([v("zh-CN"), v("zh-TW"), v("zh-HK")], "zh-Hant")?.lang).toBe("zh-HK");
    expect(chooseVoice([v("zh-CN")], "zh-Hant")).toBeNull();
  });

  it("finds nothing when the platform offers no voice at all", () => {
    expect(chooseVoice([], "zh-CN")).toBeNull();
  });
});
