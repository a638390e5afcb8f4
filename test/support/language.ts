/**
 * What an agent reads, checked for the agent's language: every text node and every accessible
 * name or tooltip (`aria-label`, `title`, `placeholder`, `alt`) in a widget's shadow tree, nested
 * shadow roots included. Used by every widget's zh-CN test.
 */

/** Attributes whose values are read to the agent. */
const READ_ATTRIBUTES = [
  'aria-label',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
];

/** Every piece of text a person reads or hears in the element's shadow tree. */
export function readableTexts(element: Element): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      if (parent && /^(STYLE|SCRIPT|TEMPLATE)$/.test(parent.tagName)) return;
      const text = node.textContent?.trim();
      if (text) out.push(text);
      return;
    }
    if (node instanceof Element) {
      for (const name of READ_ATTRIBUTES) {
        const value = node.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return out;
}

/**
 * What may stay in Latin letters in a Chinese UI: identifiers (`TT-20261201-0001`, `CUST-0002`),
 * unit symbols (GB, Mbps — not `min` or `sms`, which zh-CN writes as 分钟 and 条), currency codes,
 * acronyms agents use as words (SIM, VIP, NPS), and brand names.
 */
export const LATIN_ALLOWED: readonly RegExp[] = [
  /^[A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)+$/, // IDs: TT-SBS-B, CUST-0002, INT-7
  /^(?:GB|MB|KB|TB|Mbps|Gbps|Kbps|CNY|USD|HKD|RMB|ID|IP|VIP|SIM|eSIM|SLA|NPS|CSAT|CES|FCR|TCSI|APP|WiFi|Wi-Fi|5G|4G|VoLTE|IPTV|FTTH|ICCID|IMSI|IMEI|PUK|PIN|QoS)$/,
  /^(?:Enter|Ctrl|Alt|Shift|Esc|Tab|Home|End|PageUp|PageDown|Cmd)$/, // key caps, as printed on keyboards
  /^(?:China|Mobile|Unicom|Telecom|WeChat|Alipay|UnionPay|iPhone|Android|iOS|Huawei|Xiaomi|Visa|Mastercard)$/,
];

/** Runs of Latin letters that are not allowed (raw codes, English words) in the given texts. */
export function untranslatedRuns(
  texts: readonly string[],
  allowed: readonly RegExp[] = LATIN_ALLOWED,
): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    // A token: letters, digits and the joiners IDs use; it is judged whole (so `TT-1` passes as an ID).
    for (const [token] of text.matchAll(/[A-Za-z0-9][A-Za-z0-9_.+-]*[A-Za-z0-9]|[A-Za-z]/g)) {
      if (!/[A-Za-z]/.test(token)) continue;
      if (
        /^\d[\d.,]*[A-Za-z]{1,4}$/.test(token) &&
        allowed.some((rule) => rule.test(token.replace(/^[\d.,]+/, '')))
      )
        continue; // 10GB, 3.5Mbps
      if (allowed.some((rule) => rule.test(token))) continue;
      found.add(`${token} (in "${text.length > 80 ? `${text.slice(0, 80)}…` : text}")`);
    }
  }
  return [...found];
}

/** Half-width punctuation next to Chinese characters, where zh-CN uses full-width forms. */
export function halfWidthPunctuation(texts: readonly string[]): string[] {
  const cjk = '\\u3400-\\u9fff\\uf900-\\ufaff';
  const rule = new RegExp(`[${cjk}]\\s?[(),:;!?]|[(,:;][${cjk}]|\\)[${cjk}]`, 'u');
  return texts.filter((text) => rule.test(text));
}
