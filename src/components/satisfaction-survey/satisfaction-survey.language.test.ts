// Every word in the agent's language: in zh-CN the survey shows no English and no raw code — in every
// preset, both modes and every state — and uses full-width punctuation.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { SurveyOutbox } from '../../services/survey-outbox/outbox.js';
import { dropDatabase, ManualScheduler, until } from '../../../test/support/outbox.js';
import { uniqueName } from '../../../test/support/reference-backend.js';
import {
  PRESET_ANSWERS,
  SURVEY_STATES,
  surveyInState,
  type SurveyState,
} from '../../../test/support/survey-states.js';
import { PRESET_NAMES } from '../../services/survey/presets.js';
import { Transport, TransportError } from '../../services/transport.js';
import './satisfaction-survey.js';
import type { CxSatisfactionSurvey } from './satisfaction-survey.component.js';

/**
 * Latin letters a Chinese survey may show: the industry's metric acronyms, kept like brand names in
 * every language (the TCSI preset's title says "（TCSI）").
 */
const ALLOWED_WORDS = new Set(['CSAT', 'NPS', 'CES', 'FCR', 'TCSI']);

/** Attributes whose words reach the agent (read by a screen reader or shown on hover). */
const SPOKEN_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];

const CJK = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]';
/** A half-width bracket, colon or comma next to Chinese text (full-width belongs there). */
const HALF_WIDTH_NEXT_TO_CJK = new RegExp(`${CJK}\\s*[(),:]|[(),:]\\s*${CJK}`);

/**
 * What a survey shows the agent that is not Chinese: runs of Latin letters that are neither an allowed
 * acronym nor one of `ids` (references the agent reads out, such as a response's reference), and
 * half-width punctuation beside Chinese. The technical details (`translate="no"`: the definition's
 * paths and the browser's own error text, for whoever set the survey up) are left out.
 */
function untranslated(el: CxSatisfactionSurvey, ids: readonly string[]): string[] {
  const found: string[] = [];
  const check = (text: string, where: string) => {
    for (const [word] of text.matchAll(/[A-Za-z0-9][A-Za-z0-9_.-]*/g)) {
      if (/[A-Za-z]/.test(word) && !ALLOWED_WORDS.has(word) && !ids.includes(word))
        found.push(`${where}: "${word}" in "${text.trim()}"`);
    }
    const punctuation = HALF_WIDTH_NEXT_TO_CJK.exec(text);
    if (punctuation) found.push(`${where}: half-width "${punctuation[0]}" in "${text.trim()}"`);
  };
  // The survey's shadow root and those inside it (the rating scales').
  const roots = [el.shadowRoot!];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) {
        const parent = node.parentElement;
        if (parent?.closest('[translate="no"], style') || node.data.trim() === '') continue;
        check(node.data, `<${parent?.localName ?? '#root'} class="${parent?.className ?? ''}">`);
      } else if (node instanceof Element) {
        if (node.shadowRoot) roots.push(node.shadowRoot);
        for (const name of SPOKEN_ATTRIBUTES) {
          const value = node.getAttribute(name);
          if (value) check(value, `<${node.localName}> ${name}`);
        }
      }
    }
  }
  return found;
}

describe('cx-satisfaction-survey in Chinese', () => {
  afterEach(() => sinon.restore());

  it('shows no English, no raw code and no half-width punctuation: every preset, both modes, every state', async function () {
    this.timeout(120_000);
    const problems: string[] = [];
    const definitionStates: SurveyState[] = ['load-failed', 'invalid'];
    for (const mode of ['customer', 'agent'] as const) {
      for (const preset of PRESET_NAMES) {
        for (const state of SURVEY_STATES) {
          // A decline is recorded in agent mode only; the definition's states have no preset.
          if (state === 'declined' && mode === 'customer') continue;
          if (definitionStates.includes(state) && preset !== 'csat') continue;
          const { el, cleanup } = await surveyInState(state, { preset, mode, lang: 'zh-CN' });
          try {
            // The reference of a stored response is an id the agent may read out.
            const ids = el.responseId ? [el.responseId.slice(0, 8)] : [];
            const seen = untranslated(el, ids);
            problems.push(...seen.map((problem) => `${preset} ${mode} ${state}: ${problem}`));
            expect(el.shadowRoot!.textContent!.trim(), `${preset} ${mode} ${state}`).to.not.equal('');
          } finally {
            await cleanup();
          }
        }
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('words a delivery error without a term in both languages, and warns once per page and term', async () => {
    const code = uniqueName('teapot');
    // A transport of a newer version reports an error code this version has no words for.
    class NewerTransport extends Transport {
      override post(): Promise<never> {
        return Promise.reject(
          new TransportError(code as never, 'I am a teapot', { url: '/api/survey-responses', attempts: 1 }),
        );
      }
    }
    const warn = sinon.stub(console, 'warn');
    const scheduler = new ManualScheduler();
    const outbox = new SurveyOutbox({
      endpoint: '/api/survey-responses',
      transport: new NewerTransport(),
      databaseName: `cx-test-${code}`,
      retryBaseMs: 100,
      scheduler,
      onlineEvents: null,
    });
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <div lang="en"><cx-satisfaction-survey preset="csat" .outbox=${outbox}></cx-satisfaction-survey></div>
        <div lang="zh-CN">
          <cx-satisfaction-survey preset="csat" .outbox=${outbox}></cx-satisfaction-survey>
        </div>
        <div lang="zh-CN">
          <cx-satisfaction-survey preset="nps" .outbox=${outbox}></cx-satisfaction-survey>
        </div>
      </div>`,
    );
    try {
      const [en, zh, zhNps] = [...wrapper.querySelectorAll('cx-satisfaction-survey')];
      en!.answers = PRESET_ANSWERS.csat;
      zh!.answers = PRESET_ANSWERS.csat;
      zhNps!.answers = PRESET_ANSWERS.nps;
      for (const el of [en!, zh!, zhNps!]) await el.submit();
      await until(() => [en!, zh!, zhNps!].every((el) => el.status === 'retrying'), 'retrying');
      // Tried again, and rendered again: still one warning per language.
      scheduler.fireAll();
      await until(() => scheduler.timers.size === 3, 'retried');
      for (const el of [en!, zh!, zhNps!]) {
        el.requestUpdate();
        await el.updateComplete;
      }
      const status = (el: CxSatisfactionSurvey) =>
        el.shadowRoot!.querySelector('[part="status"]')!.textContent!;
      expect(status(en!)).to.contain('Something went wrong.');
      expect(status(zh!)).to.contain('出现了问题。');
      expect(status(zh!)).to.not.contain(code);
      expect(untranslated(zh!, [zh!.responseId!.slice(0, 8)])).to.deep.equal([]);
      const warnings = warn.getCalls().map((call) => String(call.args[0]));
      expect(warnings.filter((text) => text.includes(code))).to.have.length(2);
      expect(warnings.filter((text) => text.includes(code) && text.includes('zh-CN'))).to.have.length(1);
      expect(warnings.filter((text) => text.includes(code) && text.includes(' en '))).to.have.length(1);
    } finally {
      wrapper.remove();
      await outbox.close();
      await dropDatabase(`cx-test-${code}`);
    }
  });
});
