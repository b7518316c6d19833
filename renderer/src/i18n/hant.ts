/**
 * The page's handle on the zh-Hant converter (kiosk-config/hant). OpenCC's dictionaries weigh
 * about 1 MB, so they are fetched only once a resident, or the config's default language, asks
 * for 繁體中文: the start-up bundle stays as it was for every other kiosk and session.
 */
type Convert = (text: string) => string;

let convert: Convert | null = null;

export async function loadHant(): Promise<void> {
  if (convert !== null) return;
  const { toHant } = await import("../../../kiosk-config/hant/to-hant");
  convert = toHant;
}

/**
 * Traditional text once loaded. The page switches to zh-Hant only after loadHant (changeLocale),
 * so no zh-Hant page sees the Simplified fallback.
 */
export const hant = (text: string): string => (convert === null ? text : convert(text));
