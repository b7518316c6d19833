import type { TFunction } from "i18next";

/**
 * A page's prompt from what it shows: its heading (the question), its hint, and the label of its
 * primary action ("完成后请点“继续”"). Parts already ending a sentence keep their mark; others get
 * one, so a voice pauses between them.
 */
export function promptText(
  t: TFunction,
  parts: { title: string; hint?: string | undefined; action?: string | undefined },
): string {
  const sentences = [parts.title, parts.hint].filter((s): s is string => s !== undefined && s.trim() !== "");
  if (parts.action !== undefined && parts.action.trim() !== "") {
    sentences.push(t("voice.then", { action: parts.action.trim() }));
  }
  return sentences
    .map((s) => (/[。！？.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}${t("voice.stop")}`))
    .join(" ");
}
