import { useTranslation } from "react-i18next";
import { OptionTiles } from "./OptionTiles";
import { formatAddress, fuzhouDistricts, parseAddress } from "./fuzhou-address";
import { TextEntry } from "./TextEntry";

/** A Fuzhou district from tiles, then a short street address on the pinyin keyboard. */
export function AddressInput({
  value,
  onChange,
  maxLength,
  labelledBy,
  describedBy,
  invalid,
}: {
  value: string;
  onChange: (value: string | undefined) => void;
  maxLength: number;
  labelledBy: string;
  describedBy?: string;
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  const address = parseAddress(value);
  const chosen = fuzhouDistricts.find((d) => d.label["zh-CN"] === address.district);
  const set = (next: { district?: string; street?: string }): void => {
    const merged = { ...address, ...next };
    onChange(merged.district === "" && merged.street === "" ? undefined : formatAddress(merged));
  };
  return (
    <div className="address-input">
      <h2 className="field-label" id={`${labelledBy}-district`}>
        {t("widget.district")}
      </h2>
      <OptionTiles
        options={fuzhouDistricts}
        value={chosen?.value}
        multiple={false}
        onChange={(v) => set({ district: fuzhouDistricts.find((d) => d.value === v)?.label["zh-CN"] ?? "" })}
        labelledBy={`${labelledBy}-district`}
        describedBy={describedBy}
      />
      {chosen && (
        <>
          <h2 className="field-label" id={`${labelledBy}-street`}>
            {t("widget.street")}
          </h2>
          <TextEntry
            value={address.street}
            onChange={(street) => set({ street })}
            maxLength={maxLength}
            keyboard="pinyin"
            labelledBy={`${labelledBy}-street`}
            describedBy={describedBy}
            invalid={invalid}
          />
        </>
      )}
    </div>
  );
}
