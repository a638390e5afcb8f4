/**
 * Codes from a backend (a ticket category, a channel, a unit) shown through terms. A code with no term
 * in the agent's language is shown in a readable form — `network-quality` → "Network quality", never
 * the raw code — and reported once per page with a console warning that names the missing term, so a
 * translator finds it without the console filling up at every render.
 */

const warned = new Set<string>();

/** A code as words: `network-quality` → "Network quality", `inProgress` → "In progress", `SMS` stays. */
export function readableCode(code: string): string {
  const words = code
    .trim()
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/[-_.\s]+/g, ' ')
    .trim();
  if (words === '') return code;
  const spaced = words
    .split(' ')
    .map((word) => (word === word.toUpperCase() ? word : word.toLowerCase()))
    .join(' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * The label of `code` when a term gave one, otherwise its readable form, warning once per page for
 * each missing term (`source`: the widget; `family`: the kind of code, e.g. `ticketCategory`).
 */
export function codeLabel(
  source: string,
  family: string,
  code: string,
  lang: string,
  label: string | undefined,
  fallback: (readable: string) => string = (readable) => readable,
): string {
  if (typeof label === 'string' && label !== '') return label;
  const shown = fallback(readableCode(code));
  const key = `${source}|${family}|${lang}|${code}`;
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(
      `[cx-desk] ${source}: no ${lang} term for ${family} "${code}"; showing "${shown}". Add it to the widget's translations (registerTranslation()).`,
    );
  }
  return shown;
}

/** Looks a code up in a table: exactly, then lower-cased (`Major` and `major` are one severity). */
export function lookupCode(
  table: Readonly<Record<string, string>> | undefined,
  code: string,
): string | undefined {
  if (!table) return undefined;
  if (Object.hasOwn(table, code)) return table[code];
  const lower = code.trim().toLowerCase();
  return Object.hasOwn(table, lower) ? table[lower] : undefined;
}
