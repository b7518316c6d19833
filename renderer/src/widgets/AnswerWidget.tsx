import type { Answer } from "../../../kiosk-config/services/model/schema";
import { canAppendToIdNumber } from "../flow/id-number";
import type { FlowAnswers } from "../flow/routing";
import type { HeldPhoto } from "../flow/photo";
import { AddressInput } from "./AddressInput";
import { ConsentTile } from "./ConsentTile";
import { DatePicker } from "./DatePicker";
import { daysFromToday } from "./dates";
import { NumericPad } from "./NumericPad";
import { OptionTiles } from "./OptionTiles";
import { PhotoCapture } from "./PhotoCapture";
import { TextEntry } from "./TextEntry";

type Value = FlowAnswers[string] | undefined;

export interface AnswerWidgetProps {
  answer: Answer;
  value: Value;
  onChange: (value: Value) => void;
  photos: readonly HeldPhoto[];
  onPhotos: (photos: HeldPhoto[]) => void;
  onCameraAvailable: (available: boolean) => void;
  /** Id of the page heading: the question names every control. */
  labelledBy: string;
  /** Id of the hint and the field's error message. */
  describedBy?: string;
  invalid: boolean;
}

const asText = (v: Value): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/**
 * The control for one answer type: tiles, pads and pickers before any typing, since typing on a
 * kiosk is slow and error-prone.
 */
export function AnswerWidget(props: AnswerWidgetProps) {
  const { answer, value, onChange, labelledBy, describedBy, invalid } = props;
  const text = asText(value);
  const setText = (v: string): void => onChange(v === "" ? undefined : v);
  switch (answer.type) {
    case "radio":
      return (
        <OptionTiles
          options={answer.options}
          value={text || undefined}
          multiple={false}
          onChange={onChange}
          labelledBy={labelledBy}
          describedBy={describedBy}
          invalid={invalid}
        />
      );
    case "select":
      return (
        <OptionTiles
          options={answer.options}
          value={Array.isArray(value) ? (value as readonly string[]) : text || undefined}
          multiple={answer.multiple}
          onChange={onChange}
          labelledBy={labelledBy}
          describedBy={describedBy}
          invalid={invalid}
        />
      );
    case "phone":
      return (
        <NumericPad
          value={text}
          onChange={setText}
          maxLength={11}
          groups={[3, 4, 4]}
          labelledBy={labelledBy}
          describedBy={describedBy}
          invalid={invalid}
        />
      );
    case "id-number":
      return (
        <NumericPad
          value={text}
          onChange={setText}
          maxLength={18}
          extraKey="X"
          accepts={canAppendToIdNumber}
          groups={[6, 8, 4]}
          labelledBy={labelledBy}
          describedBy={describedBy}
          invalid={invalid}
        />
      );
    case "number":
      return (
        <NumericPad
          value={text}
          onChange={setText}
          maxLength={12}
          extraKey={answer.decimals ? "." : undefined}
          labelledBy={labelledBy}
          describedBy={describedBy}
          invalid={invalid}
        />
      );
    case "date":
      return (
        <DatePicker
          value={text || undefined}
          onChange={onChange}
          min={daysFromToday(answer.minDaysFromToday)}
          max={daysFromToday(answer.maxDaysFromToday)}
          labelledBy={labelledBy}
          describedBy={describedBy}
        />
      );
    case "text":
      return (
        <TextEntry
          value={text}
          onChange={setText}
          maxLength={answer.maxLength}
          phrases={answer.phrases}
          keyboard={answer.keyboard}
          labelledBy={labelledBy}
          describedBy={describedBy}
          invalid={invalid}
        />
      );
    case "fuzhou-address":
      return (
        <AddressInput
          value={text}
          onChange={onChange}
          maxLength={answer.maxLength}
          labelledBy={labelledBy}
          describedBy={describedBy}
          invalid={invalid}
        />
      );
    case "consent":
      return (
        <ConsentTile
          statement={answer.statement}
          checked={value === true}
          onChange={(c) => onChange(c ? true : undefined)}
          describedBy={describedBy}
        />
      );
    case "photo":
      return (
        <PhotoCapture
          photos={props.photos}
          onChange={props.onPhotos}
          maxPhotos={answer.maxPhotos}
          onCameraAvailable={props.onCameraAvailable}
          labelledBy={labelledBy}
        />
      );
  }
}
