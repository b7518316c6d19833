import { useEffect, useState } from "react";
import type { CardHolder } from "../../../core/api";
import { useKiosk } from "./kiosk-context";

/**
 * The card holder read in this session (masked ID only), for flows opened after the card was
 * placed; forgotten when the session generation moves on. `onRead` hears the session id core opened for the card, if the page had none.
 */
export function useCardHolder(generation: number, onRead: (sessionId: string) => void): CardHolder | null {
  const { kiosk } = useKiosk();
  const [read, setRead] = useState<{ generation: number; holder: CardHolder } | null>(null);
  useEffect(
    () =>
      kiosk.on("card-read", (e) => {
        setRead({ generation, holder: e.holder });
        onRead(e.sessionId);
      }),
    [kiosk, onRead, generation],
  );
  // A holder read under an earlier session generation was wiped with it.
  return read !== null && read.generation === generation ? read.holder : null;
}
