// Folded name → a rough sound key that transliteration variants share.
// "khartoum" → "kartoum"; "qandahar" and "kandahar" → "kandahar"; "odessa" and "odesa" → "odesa".

/** Prefix of sound-key lines in the gazetteer index ("~kandahar"), apart from every folded name. */
export const SOUND_KEY_PREFIX = '~';

/**
 * Applies the spelling swaps English transliterations of one name differ by: a silent "h" after a
 * consonant (kh/k, zh/z), q/k, c/k, y/i, w/v, x/ks, and doubled letters.
 * @example soundKey("qandahar") === soundKey("kandahar")
 */
export function soundKey(folded: string): string {
  return folded
    .replace(/([bcdgkprstz])h/g, '$1')
    .replace(/[qc]/g, 'k')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/(.)\1+/g, '$1');
}
