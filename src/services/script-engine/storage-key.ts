// Keys of stored progress. Ids come from hosts and may hold any string, including text that is not
// well-formed UTF-16 (a lone surrogate half from a cut string), on which `encodeURIComponent` throws.

/** A lone surrogate half: a high one not followed by a low one, or a low one not after a high one. */
const LONE_SURROGATE = /([\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/;

/**
 * One part of a storage key, for any string: `encodeURIComponent`, except that a lone surrogate half
 * (on which it throws) becomes `%uD800`. Never throws; the part holds no `/`, and distinct strings give
 * distinct parts (`%u` never comes out of `encodeURIComponent`, which writes `%` as `%25`).
 */
export function encodeKeyPart(value: string): string {
  const text = typeof value === 'string' ? value : String(value);
  // split() with a capturing group: odd items are the lone halves, even items well-formed text.
  return text
    .split(LONE_SURROGATE)
    .map((piece, index) =>
      index % 2 === 1
        ? `%u${piece.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
        : encodeURIComponent(piece),
    )
    .join('');
}

/** The string a key part was made from (the inverse of `encodeKeyPart`). */
export function decodeKeyPart(part: string): string {
  return part
    .split(/(%u[0-9A-F]{4})/)
    .map((piece, index) =>
      index % 2 === 1 ? String.fromCharCode(parseInt(piece.slice(2), 16)) : decodeURIComponent(piece),
    )
    .join('');
}

/** Prefix of every stored run of the script prompter. */
export const PROGRESS_KEY_PREFIX = 'cx-desk/script-prompter/v1';

/** The localStorage key of a script's progress in one interaction. */
export function progressKey(interactionId: string, scriptId: string): string {
  return `${PROGRESS_KEY_PREFIX}/${encodeKeyPart(interactionId)}/${encodeKeyPart(scriptId)}`;
}
