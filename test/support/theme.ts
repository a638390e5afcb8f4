// The design tokens and the theme a host asks for: `tokens.css` loaded as a host loads it, and
// `data-cx-theme` / `lang` / `dir` on <html> (docs/theming.md).

const TOKENS_URL = '/src/styles/tokens.css';

/**
 * Loads `tokens.css` into the page as a host does (a `<link>`), once per page; resolves once it
 * applies. Returns what undoes it: removing the link this call added (a no-op when it was there).
 */
export async function loadDesignTokens(): Promise<() => void> {
  if (document.querySelector('link[data-cx-test-tokens]')) return () => undefined;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = TOKENS_URL;
  link.dataset.cxTestTokens = '';
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => reject(new Error(`${TOKENS_URL} did not load`)), { once: true });
  });
  document.head.append(link);
  await loaded;
  return () => link.remove();
}

/** What a host page asks for on <html>. */
export interface PageSettings {
  theme?: 'light' | 'dark';
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/**
 * Puts `data-cx-theme`, `lang` and `dir` on <html> (with the tokens loaded for a theme) and returns
 * what puts the page back as it was.
 */
export async function usePage({ theme, lang, dir }: PageSettings): Promise<() => void> {
  const html = document.documentElement;
  const before = ['data-cx-theme', 'lang', 'dir'].map((name) => [name, html.getAttribute(name)] as const);
  if (theme) await loadDesignTokens();
  if (theme) html.setAttribute('data-cx-theme', theme);
  if (lang) html.lang = lang;
  if (dir) html.dir = dir;
  return () => {
    for (const [name, value] of before)
      if (value === null) html.removeAttribute(name);
      else html.setAttribute(name, value);
  };
}
