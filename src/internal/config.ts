/** Page-wide settings a host makes before the first widget renders. */
export interface CxConfig {
  /**
   * Shadow root mode for every cx-desk element created afterwards. `closed` is what
   * Salesforce Lightning Web Security requires of third-party components.
   */
  shadowRootMode: ShadowRootMode;
}

const config: CxConfig = { shadowRootMode: 'open' };

/** Changes page-wide settings; affects elements that render for the first time afterwards. */
export function configure(options: Partial<CxConfig>): void {
  if (options.shadowRootMode === 'open' || options.shadowRootMode === 'closed') {
    config.shadowRootMode = options.shadowRootMode;
  }
}

/**
 * The shadow root mode in force: `configure()` first, else a
 * `<meta name="cx-desk-shadow-root" content="closed">` in the document, which a page that loads the
 * self-registering bundle can set before any script runs.
 */
export function resolveShadowRootMode(): ShadowRootMode {
  if (config.shadowRootMode === 'closed') return 'closed';
  const meta =
    typeof document === 'undefined'
      ? null
      : // Only <head>: this runs for every element created, and a whole-document scan made mounting 10k elements quadratic.
        (document.head?.querySelector<HTMLMetaElement>('meta[name="cx-desk-shadow-root"]') ?? null);
  return meta?.content.trim() === 'closed' ? 'closed' : 'open';
}
