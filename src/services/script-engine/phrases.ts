// Phrase coaching: find negative phrases in the agent's draft reply and suggest a positive one.
// Pure: the widget highlights the matches and fires `cx-script-phrase-warning`.
import * as v from 'valibot';

/** A phrase to avoid and what to say instead. */
export interface ProhibitedPhrase {
  phrase: string;
  suggestion: string;
}

/** A phrase found in a draft: the phrase as listed, its suggestion, where it starts and what matched. */
export interface PhraseMatch {
  phrase: string;
  suggestion: string;
  index: number;
  length: number;
  text: string;
}

/** valibot schema of a host's phrase list (`prohibited-phrases`). */
export const ProhibitedPhrasesSchema = v.pipe(
  v.array(
    v.object({
      phrase: v.pipe(v.string(), v.trim(), v.minLength(1, 'phrase must not be empty'), v.maxLength(200)),
      suggestion: v.pipe(v.string(), v.maxLength(500)),
    }),
    'prohibited phrases must be a list of { phrase, suggestion }',
  ),
  v.maxLength(1_000, 'at most 1000 prohibited phrases'),
);

/** Default phrases per locale (service-language guidelines of Chinese and English contact centres). */
export const DEFAULT_PROHIBITED_PHRASES: Readonly<Record<'en' | 'zh-CN', readonly ProhibitedPhrase[]>> = {
  'zh-CN': [
    { phrase: '不可能', suggestion: '我们一起看看还有什么办法' },
    { phrase: '无法', suggestion: '我会尽力帮助您' },
    { phrase: '没办法', suggestion: '我会尽力帮助您，我们可以试试这样' },
    { phrase: '不行', suggestion: '当然可以，我们可以这样办理' },
    { phrase: '不知道', suggestion: '我马上为您确认一下' },
    { phrase: '我不清楚', suggestion: '我马上为您查询' },
    { phrase: '不归我管', suggestion: '我来帮您联系负责的同事，并跟进到底' },
    { phrase: '不是我们的问题', suggestion: '我理解您的感受，我们一起来解决' },
    { phrase: '你自己看', suggestion: '我来为您说明一下' },
    { phrase: '你听我说', suggestion: '请允许我为您解释一下' },
    { phrase: '这是规定', suggestion: '为了保障您的权益，我们是这样处理的' },
    { phrase: '等着吧', suggestion: '请您稍等，我马上为您处理' },
    { phrase: '你打错了', suggestion: '我帮您转接到负责的部门' },
  ],
  en: [
    { phrase: 'impossible', suggestion: "Let's see what we can do" },
    { phrase: "can't help", suggestion: "I'll do my best to help you" },
    { phrase: 'cannot help', suggestion: "I'll do my best to help you" },
    { phrase: 'nothing I can do', suggestion: "Here's what I can do for you" },
    { phrase: 'not my problem', suggestion: 'Let me take care of this for you' },
    { phrase: 'not my department', suggestion: "I'll connect you with the right team and follow up" },
    { phrase: 'calm down', suggestion: 'I understand how frustrating this is' },
    { phrase: "I don't know", suggestion: 'Let me find out for you' },
    { phrase: 'no way', suggestion: 'Let me check what options we have' },
    { phrase: "you're wrong", suggestion: 'Let me make sure I understand' },
    { phrase: "that's our policy", suggestion: "To protect your account, here's how we handle this" },
    { phrase: 'you have to', suggestion: 'Could you please' },
  ],
};

/** The default phrases for a locale: `zh`, `zh-Hans-CN` → zh-CN; any other → en. */
export function prohibitedPhrasesFor(locale: string | undefined): ProhibitedPhrase[] {
  const language = (locale ?? 'en').toLowerCase().split(/[-_]/u)[0];
  return [...(language === 'zh' ? DEFAULT_PROHIBITED_PHRASES['zh-CN'] : DEFAULT_PROHIBITED_PHRASES.en)];
}

/**
 * The phrases to coach in a locale: its defaults and a host's additions, given as the host set them
 * (unchecked). Additions that are not a valid list are left out; `problem` says why.
 */
export function coachedPhrases(
  locale: string | undefined,
  extra: unknown,
): { phrases: ProhibitedPhrase[]; problem?: string } {
  const defaults = prohibitedPhrasesFor(locale);
  if (extra === undefined || extra === null) return { phrases: defaults };
  const parsed = v.safeParse(ProhibitedPhrasesSchema, extra);
  if (!parsed.success) return { phrases: defaults, problem: parsed.issues[0]?.message ?? 'invalid' };
  return { phrases: mergeProhibitedPhrases(defaults, parsed.output) };
}

/** Adds a host's phrases to a list; a host entry replaces a listed one with the same phrase. */
export function mergeProhibitedPhrases(
  base: readonly ProhibitedPhrase[],
  extra: readonly ProhibitedPhrase[],
): ProhibitedPhrase[] {
  const byPhrase = new Map<string, ProhibitedPhrase>();
  for (const entry of [...base, ...extra]) byPhrase.set(entry.phrase.trim().toLowerCase(), entry);
  return [...byPhrase.values()];
}

const LATIN_EDGE = /[\p{Script=Latin}\p{N}]/u;
const compiled = new Map<string, RegExp>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/** Case-insensitive matcher; Latin words match whole words; ' matches ’; spaces match any whitespace. */
function matcherFor(phrase: string): RegExp {
  let pattern = compiled.get(phrase);
  if (pattern === undefined) {
    const body = phrase
      .trim()
      .split(/\s+/u)
      .map((word) => escapeRegExp(word).replace(/'/gu, "['’]"))
      .join('\\s+');
    const trimmed = phrase.trim();
    const before = LATIN_EDGE.test(trimmed[0] ?? '') ? '(?<![\\p{L}\\p{N}])' : '';
    const after = LATIN_EDGE.test(trimmed[trimmed.length - 1] ?? '') ? '(?![\\p{L}\\p{N}])' : '';
    pattern = new RegExp(`${before}${body}${after}`, 'giu');
    if (compiled.size > 5_000) compiled.clear();
    compiled.set(phrase, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * Finds prohibited phrases in a draft. Matches are case-insensitive, do not overlap (the earliest,
 * then the longest wins) and are sorted by index (UTF-16 offsets into `draft`).
 */
export function findProhibitedPhrases(draft: string, phrases: readonly ProhibitedPhrase[]): PhraseMatch[] {
  if (typeof draft !== 'string' || draft === '' || !Array.isArray(phrases)) return [];
  const found: PhraseMatch[] = [];
  for (const entry of phrases) {
    if (typeof entry?.phrase !== 'string' || entry.phrase.trim() === '') continue;
    const pattern = matcherFor(entry.phrase);
    for (const match of draft.matchAll(pattern)) {
      found.push({
        phrase: entry.phrase,
        suggestion: typeof entry.suggestion === 'string' ? entry.suggestion : '',
        index: match.index,
        length: match[0].length,
        text: match[0],
      });
    }
  }
  found.sort((a, b) => a.index - b.index || b.length - a.length);
  const kept: PhraseMatch[] = [];
  let end = -1;
  for (const match of found) {
    if (match.index < end) continue;
    kept.push(match);
    end = match.index + match.length;
  }
  return kept;
}
