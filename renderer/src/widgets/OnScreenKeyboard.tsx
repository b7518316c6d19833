import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import Keyboard, { type SimpleKeyboard } from "react-simple-keyboard";
import "simple-keyboard/build/css/index.css";
import { alphanumericRows, keysOf, pinyinCandidates, pinyinRows, searchRows } from "./keyboard-layouts";

export type KeyboardKind = "pinyin" | "alphanumeric" | "search";

interface Props {
  kind: KeyboardKind;
  value: string;
  onChange: (value: string) => void;
  /** Longest input in characters. */
  maxLength: number;
}

const ROWS: Record<KeyboardKind, string[]> = {
  pinyin: pinyinRows,
  alphanumeric: alphanumericRows,
  search: searchRows,
};

/**
 * simple-keyboard with the Chinese layout's pinyin candidate box (tap s-h-e, then 社). The OS IME
 * cannot be driven from virtual keys, so conversion happens here, one character per
 * syllable.
 */
export function OnScreenKeyboard({ kind, value, onChange, maxLength }: Props) {
  const { t } = useTranslation();
  const ref = useRef<SimpleKeyboard | null>(null);
  const changed = useRef(onChange);
  // The keyboard keeps its own copy of the input; follow changes made elsewhere (a phrase tile).
  useEffect(() => {
    changed.current = onChange;
    if (ref.current && ref.current.getInput() !== value) {
      ref.current.setInput(value);
      ref.current.setCaretPosition(value.length);
    }
  }, [value, onChange]);
  // Props that keep their identity from render to render: react-simple-keyboard hands the
  // keyboard every prop again (and the keyboard compares each one as JSON, the pinyin candidate
  // table included) whenever one of them is a new object, and that on every keystroke.
  const options = useMemo(() => {
    const rows = ROWS[kind];
    return {
      layout: { default: rows },
      display: {
        "{bksp}": `⌫ ${t("widget.delete")}`,
        "{clear}": t("widget.clear"),
        "{space}": t("widget.space"),
      },
      buttonAttributes: [
        { attribute: "role", value: "button", buttons: keysOf(rows) },
        { attribute: "aria-label", value: t("widget.delete"), buttons: "{bksp}" },
        { attribute: "aria-label", value: t("widget.clear"), buttons: "{clear}" },
        { attribute: "aria-label", value: t("widget.space"), buttons: "{space}" },
      ],
      // The display has no caret: every key and every candidate works at the end, so a picked
      // candidate always replaces the letters just typed (a stale caret would leave them in place).
      beforeInputUpdate: (keyboard: SimpleKeyboard) => {
        keyboard.setCaretPosition(keyboard.getInput().length);
      },
      onChange: (input: string) => changed.current(input),
      onKeyPress: (button: string) => {
        if (button === "{clear}") {
          ref.current?.clearInput();
          ref.current?.setCaretPosition(0);
          changed.current("");
        }
      },
    };
  }, [kind, t]);
  return (
    <div className={`osk osk--${kind}`} data-testid={`keyboard-${kind}`}>
      <Keyboard
        keyboardRef={(r: SimpleKeyboard) => {
          ref.current = r;
        }}
        layout={options.layout}
        layoutName="default"
        display={options.display}
        mergeDisplay
        theme="hg-theme-default osk__keys"
        layoutCandidates={kind === "pinyin" ? pinyinCandidates : undefined}
        enableLayoutCandidates={kind === "pinyin"}
        layoutCandidatesPageSize={6}
        maxLength={maxLength}
        disableButtonHold
        preventMouseDownDefault
        buttonAttributes={options.buttonAttributes}
        beforeInputUpdate={options.beforeInputUpdate}
        onChange={options.onChange}
        onKeyPress={options.onKeyPress}
      />
    </div>
  );
}
