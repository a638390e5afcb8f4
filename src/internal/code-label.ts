// Codes from data (an action name, an outcome, a category) are shown through a term table of the
// agent's language. A code the table does not know is never shown silently raw: it gets a readable
// fallback, and the page's console names the missing term once, so a host can add it.

/** Missing terms already reported on this page: `term|language|code`. */
const reported = new Set<string>();

/** `port-out-code-sent` → `port out code sent`: a code made readable when no term names it. */
export function humanizeCode(code: string): string {
  const words = code
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/[-_.\s]+/g, ' ')
    .trim();
  return words === '' ? code : words.toLowerCase();
}

/**
 * The label of `code` in a term table of the current language. An unknown code (or a table the
 * language lacks) gives `fallback(humanizeCode(code))` and one console warning per page, term,
 * language and code.
 */
export function codeLabel(
  table: Readonly<Record<string, string>> | undefined,
  code: string,
  options: { term: string; lang: string; fallback: (readable: string) => string },
): string {
  const label =
    table !== undefined && typeof table === 'object' && Object.hasOwn(table, code) ? table[code] : undefined;
  if (typeof label === 'string' && label !== '') return label;
  const shown = options.fallback(humanizeCode(code));
  const key = `${options.term}|${options.lang}|${code}`;
  if (!reported.has(key)) {
    reported.add(key);
    console.warn(
      `cx-desk: no ${options.lang} term in ${options.term} for "${code}"; showing "${shown}". ` +
        'Add it with registerTranslation().',
    );
  }
  return shown;
}
