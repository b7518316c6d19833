import type { CardType, IdentityRecord } from "../../idcard/identity";
import { CardType as CardTypeSchema } from "../../idcard/identity";
import { generateIdentity, type GenerateOptions } from "./generate";
import { type Rng, seededRng } from "./rng";
import { encodeTextBlock } from "./text-encode";

/** A virtual card as the simulated SAM reads it. */
export interface SyntheticCard {
  /** The record the driver should produce from this card (the test oracle). */
  readonly record: IdentityRecord;
  /** The 256-byte text block on the card. */
  readonly text: Uint8Array;
  /** 1 024 bytes of fake WLT: the published header, then noise. Not decodable. */
  readonly photo: Uint8Array;
  /** Fingerprint bytes a `30 10` read returns: 0, 512 or 1 024 (zeros; never real biometrics). */
  readonly fingerprintBytes: 0 | 512 | 1024;
  /** Appended addresses a `30 03` read returns (0 … 4). */
  readonly appendedAddresses: readonly string[];
}

/** The header every published WLT starts with. */
const WLT_HEADER = [0x57, 0x4c, 0x66, 0x00, 0x7e, 0x00, 0x32, 0x00, 0x00, 0xff, 0x85];

/** A fake WLT photo: the real 11-byte header followed by seeded noise. */
export function fakeWlt(rng: Rng): Uint8Array {
  const photo = new Uint8Array(1024);
  photo.set(WLT_HEADER);
  for (let i = WLT_HEADER.length; i < photo.length; i++) photo[i] = rng.int(0, 255);
  return photo;
}

/** Options for a synthetic card. */
export interface CardOptions extends GenerateOptions {
  /** Fingerprint size for `30 10` reads; default 0. */
  fingerprintBytes?: 0 | 512 | 1024;
  /** Appended addresses for `30 03`; default none. */
  appendedAddresses?: readonly string[];
}

/** Builds the card for a given record (for hand-written test cases). */
export function cardFromRecord(record: IdentityRecord, rng: Rng, options: CardOptions = {}): SyntheticCard {
  return {
    record,
    text: encodeTextBlock(record),
    photo: fakeWlt(rng),
    fingerprintBytes: options.fingerprintBytes ?? 0,
    appendedAddresses: options.appendedAddresses ?? [],
  };
}

/** A random plausible card of the given type (random type when omitted). */
export function generateCard(rng: Rng, cardType?: CardType, options: CardOptions = {}): SyntheticCard {
  const type = cardType ?? rng.pick(CardTypeSchema.options);
  return cardFromRecord(generateIdentity(rng, type, options), rng, options);
}

/** A generator of cards with its own seeded RNG: the simulator's default card source. */
export class CardFactory {
  readonly #rng: Rng;

  /** `seed`: RNG seed for reproducible cards; default random. */
  constructor(seed?: number) {
    this.#rng = seededRng(seed);
  }

  next(cardType?: CardType, options?: CardOptions): SyntheticCard {
    return generateCard(this.#rng, cardType, options);
  }
}
