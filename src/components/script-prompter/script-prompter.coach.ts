import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import {
  findProhibitedPhrases,
  type PhraseMatch,
  type ProhibitedPhrase,
} from '../../services/script-engine/index.js';

/** What to say instead of a prohibited phrase, or that it is to be avoided. */
export function advice(localize: LocalizeController, match: PhraseMatch): string {
  return match.suggestion
    ? localize.term('scriptCoachInstead', match.text, match.suggestion)
    : localize.term('scriptCoachAvoid', match.text);
}

/**
 * Phrase coaching of the agent's draft reply: the prohibited phrases in it, and which findings are new
 * — a finding is new when its phrase has more occurrences than before (keyed by phrase and occurrence,
 * not position: typing before a phrase does not make it new).
 */
export class PhraseCoach {
  /** The prohibited phrases in the last draft checked, in order. */
  matches: PhraseMatch[] = [];
  private seen = new Set<string>();

  /** Checks `draft`; returns the findings not seen in the previous draft. */
  check(draft: string, phrases: readonly ProhibitedPhrase[]): PhraseMatch[] {
    this.matches = findProhibitedPhrases(draft, phrases);
    const keys = new Set<string>();
    const counts = new Map<string, number>();
    const found: PhraseMatch[] = [];
    for (const match of this.matches) {
      const phrase = match.phrase.toLowerCase();
      const nth = (counts.get(phrase) ?? 0) + 1;
      counts.set(phrase, nth);
      const key = `${phrase}\u0000${nth}`;
      keys.add(key);
      if (!this.seen.has(key)) found.push(match);
    }
    this.seen = keys;
    return found;
  }
}

/** The draft with its prohibited phrases marked, and what to say instead of each. */
export function coachTemplate(
  localize: LocalizeController,
  draft: string,
  matches: readonly PhraseMatch[],
): TemplateResult | typeof nothing {
  if (matches.length === 0) return nothing;
  const pieces: Array<TemplateResult | string> = [];
  let cursor = 0;
  for (const match of matches) {
    pieces.push(draft.slice(cursor, match.index));
    pieces.push(html`<mark part="mark">${draft.slice(match.index, match.index + match.length)}</mark>`);
    cursor = match.index + match.length;
  }
  pieces.push(draft.slice(cursor));
  const unique = new Map<string, PhraseMatch>();
  for (const match of matches)
    if (!unique.has(match.phrase.toLowerCase())) unique.set(match.phrase.toLowerCase(), match);
  return html`<aside class="coach" part="coach" aria-labelledby="coach-title">
    <h3 id="coach-title">${localize.term('scriptCoachTitle')}</h3>
    <p class="draft">
      <span class="draft-label">${localize.term('scriptCoachDraft')}</span>
      <span class="draft-text">${pieces}</span>
    </p>
    <ul class="suggestions">
      ${[...unique.values()].map((match) => html`<li>${advice(localize, match)}</li>`)}
    </ul>
  </aside>`;
}
