// Checks over every step of every sample script, in every state an agent can put it in: the step
// card looks the same whatever the step's kind, no glyph depends on a system emoji or symbol font,
// and in Chinese every word on screen is Chinese (or an ID, a number, a unit or a brand).
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import {
  SAMPLE_NAMES,
  sampleScript,
  type SampleLocale,
  type Script,
  type ScriptStep,
} from '../../services/script-engine/index.js';
import { stepTour, type TourMove } from '../../../test/support/script-generator.js';
import './script-prompter.js';
import type { CxScriptPrompter } from './script-prompter.component.js';
import { isolatePrompterTests } from '../../../test/support/page-state.js';
import { renderedTexts, type RenderedText } from '../../../test/support/pii.js';

const CUSTOMERS: Record<SampleLocale, Record<string, unknown>> = {
  en: {
    id: 'C-20481',
    name: 'Emily Chen',
    address: '88 Harbour Road',
    plan: { name: 'Unlimited 99', dataAllowance: '30 GB' },
    usage: { data: '31.2 GB' },
  },
  'zh-CN': {
    id: 'C-20482',
    name: '张伟',
    address: '天河路 100 号',
    plan: { name: '畅享套餐 128', dataAllowance: '30 GB' },
    usage: { data: '31.2 GB' },
  },
};
const AGENTS: Record<SampleLocale, Record<string, unknown>> = {
  en: { name: 'Wang Fang' },
  'zh-CN': { name: '王芳' },
};
/** A free-text answer in the script's language. */
const TEXT_ANSWER: Record<SampleLocale, string> = { en: 'Tianhe Road 100', 'zh-CN': '天河路 100 号' };

let counter = 0;
const interaction = (): string => `I-EVERY-${Date.now().toString(36)}-${++counter}`;

const root = (el: CxScriptPrompter): ShadowRoot => el.shadowRoot!;
const stepCard = (el: CxScriptPrompter): HTMLElement =>
  root(el).querySelector<HTMLElement>('[part~="step"]')!;

async function mount(
  script: Script,
  locale: SampleLocale,
  variables: Record<string, unknown> = { identityVerified: true },
): Promise<CxScriptPrompter> {
  const el = document.createElement('cx-script-prompter');
  el.setAttribute('interaction-id', interaction());
  el.variables = variables;
  el.customer = CUSTOMERS[locale];
  el.agent = AGENTS[locale];
  el.script = script;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${locale}></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** Replays a tour's moves through the element's public API. */
async function walk(el: CxScriptPrompter, script: Script, moves: readonly TourMove[]): Promise<void> {
  for (const move of moves) {
    expect(el.currentStepId, 'tour out of step').to.equal(move.stepId);
    if (move.answer !== undefined) {
      const kind = script.steps.find((step) => step.id === move.stepId)?.kind;
      if (kind === 'action') el.completeAction(String(move.answer));
      else el.answer(move.answer);
    }
    expect(el.next(), `could not leave ${move.stepId}`).to.equal(true);
    await el.updateComplete;
  }
}

interface Visit {
  script: Script;
  step: ScriptStep;
  el: CxScriptPrompter;
}

/**
 * Mounts each sample script of `locale` at each of its steps and calls `look` with the element in
 * every state that step can be in: as entered, refused (Next without an answer), answered or done,
 * skip reason open, a closed gate, and after Finish.
 */
async function everyStepAndState(
  locale: SampleLocale,
  look: (visit: Visit, state: string) => void | Promise<void>,
): Promise<number> {
  let looks = 0;
  const see = async (visit: Visit, state: string): Promise<void> => {
    await visit.el.updateComplete;
    await look(visit, state);
    looks += 1;
  };
  for (const name of SAMPLE_NAMES) {
    const script = sampleScript(name, locale);
    const context = { variables: { identityVerified: true }, customer: CUSTOMERS[locale] };
    const tour = stepTour(script, { context, text: TEXT_ANSWER[locale] });
    for (const step of script.steps) {
      const moves = tour.get(step.id);
      expect(moves, `${name}: step ${step.id} is not reachable in the tour`).to.not.equal(undefined);
      const el = await mount(sampleScript(name, locale), locale);
      await walk(el, script, moves!);
      expect(el.currentStepId).to.equal(step.id);
      const visit = { script, step, el };
      await see(visit, 'entered');
      if (step.kind === 'end') {
        if (el.finish()) await see(visit, 'complete');
        continue;
      }
      // Next without an answer: refused where the step needs one; elsewhere it moves, and Back returns.
      if (el.next()) {
        expect(el.back(), `back to ${step.id}`).to.equal(true);
        await el.updateComplete;
      } else await see(visit, 'refused');
      if (step.kind === 'ask' || step.kind === 'confirm' || step.kind === 'action') {
        const answer = tour.get(step.id) && firstAnswer(script, tour, step.id);
        if (answer !== undefined) {
          if (step.kind === 'action') el.completeAction(String(answer));
          else el.answer(answer);
          await see(visit, 'answered');
        }
      }
      if (step.kind !== 'gate' && step.skippable === true) {
        const skip = [...root(el).querySelectorAll('button')].find((button) =>
          button.hasAttribute('aria-expanded'),
        );
        skip?.click();
        await see(visit, 'skip-open');
      }
      if (step.kind === 'gate') {
        el.variables = { identityVerified: false };
        await see(visit, 'gate-closed');
        el.next();
        await see(visit, 'gate-refused');
      }
      el.draft = locale === 'en' ? 'That is impossible, calm down.' : '这个不可能，我也没办法。';
      await see(visit, 'coached');
    }
  }
  return looks;
}

/** The answer the tour gives at a step (on the way to a later step), if any. */
function firstAnswer(
  script: Script,
  tour: Map<string, TourMove[]>,
  stepId: string,
): TourMove['answer'] | undefined {
  for (const moves of tour.values()) {
    const move = moves.find((candidate) => candidate.stepId === stepId);
    if (move?.answer !== undefined) return move.answer;
  }
  const step = script.steps.find((candidate) => candidate.id === stepId);
  return step?.kind === 'confirm' ? true : step?.kind === 'action' ? 'T-1' : undefined;
}

/** Attributes whose text a person reads. */
const READ_ATTRIBUTES = new Set([
  '@aria-label',
  '@aria-valuetext',
  '@aria-description',
  '@title',
  '@placeholder',
  '@alt',
]);

/**
 * Every text node, every text-bearing attribute and every typed value in a shadow root (open child
 * roots included): test/support/pii.ts's walk, less the machine attributes and checked boxes' values.
 */
const readTexts = (node: Node): RenderedText[] =>
  renderedTexts(node).filter(
    (entry) =>
      entry.kind === 'text' ||
      READ_ATTRIBUTES.has(entry.kind) ||
      (entry.kind === 'value' &&
        !(entry.element instanceof HTMLInputElement && ['radio', 'checkbox'].includes(entry.element.type))),
  );

describe('cx-script-prompter: every step of every sample', () => {
  isolatePrompterTests();

  describe('step card', () => {
    // What makes the step a card: its box, border, corners and surface. The inline-start border is the
    // accent, whose colour marks verbatim steps on purpose; its width and style are still the card's.
    const CARD_PROPERTIES = [
      'display',
      'flex-direction',
      'row-gap',
      'padding-top',
      'padding-right',
      'padding-bottom',
      'padding-left',
      'border-top-width',
      'border-top-style',
      'border-top-color',
      'border-right-width',
      'border-right-style',
      'border-right-color',
      'border-bottom-width',
      'border-bottom-style',
      'border-bottom-color',
      'border-left-width',
      'border-left-style',
      'border-top-left-radius',
      'border-top-right-radius',
      'border-bottom-left-radius',
      'border-bottom-right-radius',
      'background-color',
      'align-items',
      'cursor',
    ] as const;

    const cardStyle = (el: CxScriptPrompter): Record<string, string> => {
      const style = getComputedStyle(stepCard(el));
      return Object.fromEntries(CARD_PROPERTIES.map((name) => [name, style.getPropertyValue(name)]));
    };

    it('every step kind in the samples renders as the same card as a plain say step', async () => {
      const plain = await mount(sampleScript('closing-survey'), 'en');
      plain.answer(true);
      plain.next();
      await plain.updateComplete;
      expect(plain.currentStepId).to.equal('continue'); // a plain (not verbatim) say step
      const reference = cardStyle(plain);
      expect(reference['border-top-style']).to.equal('solid');
      const differences: string[] = [];
      const kinds = new Set<string>();
      await everyStepAndState('en', ({ script, step, el }, state) => {
        if (state === 'complete') return;
        kinds.add(step.kind);
        const style = cardStyle(el);
        for (const name of CARD_PROPERTIES) {
          if (style[name] !== reference[name]) {
            differences.push(
              `${script.id}/${step.id} (${step.kind}, ${state}): ${name} ${style[name]} ≠ ${reference[name]}`,
            );
          }
        }
      });
      expect([...kinds].sort()).to.deep.equal(['action', 'ask', 'confirm', 'end', 'gate', 'say']);
      expect(differences, differences.slice(0, 8).join('\n')).to.deep.equal([]);
    });

    it('names the step kind with a modifier class that no inner element uses', async () => {
      const clashes: string[] = [];
      await everyStepAndState('en', ({ el, step }, state) => {
        if (state === 'complete') return;
        const card = stepCard(el);
        for (const name of card.classList) {
          if (name === 'layout__step') continue;
          const inner = card.querySelector(`.${CSS.escape(name)}`);
          if (inner) clashes.push(`${step.id} (${state}): .${name} is also on <${inner.localName}>`);
        }
      });
      expect(clashes, clashes.slice(0, 8).join('\n')).to.deep.equal([]);
    });
  });

  describe('glyphs', () => {
    // Arrows, dingbats, technical and miscellaneous symbols, emoji: drawn from a system font that many
    // agent desktops lack (an empty box). Icons are inline SVG instead.
    const SYMBOL = /[\u2190-\u2bff\u{1f000}-\u{10ffff}]|\ufe0f/u;

    for (const locale of ['en', 'zh-CN'] as const) {
      it(`shows no emoji or symbol-font character in any step or state (${locale})`, async () => {
        const found: string[] = [];
        const looks = await everyStepAndState(locale, ({ script, step, el }, state) => {
          for (const { text, where } of readTexts(root(el))) {
            const match = SYMBOL.exec(text);
            if (match) {
              const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
              found.push(`${script.id}/${step.id} (${state}) ${where}: U+${code} in “${text.trim()}”`);
            }
          }
        });
        expect(looks).to.be.greaterThan(100);
        expect(found, found.slice(0, 8).join('\n')).to.deep.equal([]);
      });
    }

    it('draws its icons as inline SVG hidden from assistive technology, with text beside them', async () => {
      const icons: string[] = [];
      await everyStepAndState('en', ({ el, step }, state) => {
        for (const icon of root(el).querySelectorAll('svg')) {
          expect(icon.getAttribute('aria-hidden'), `${step.id} (${state})`).to.equal('true');
          const text = icon.parentElement?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
          expect(text, `${step.id} (${state}): an icon needs a text beside it`).to.not.equal('');
          icons.push(`${step.kind}/${state}`);
        }
      });
      // The gate's status (open and closed), a done action and the Back shortcut at least.
      expect(icons.some((icon) => icon.startsWith('gate/entered'))).to.equal(true);
      expect(icons.some((icon) => icon.startsWith('gate/gate-closed'))).to.equal(true);
      expect(icons.some((icon) => icon.startsWith('action/answered'))).to.equal(true);
    });

    it('shows a yes/no value filled into a text as a word of the script’s language, not a tick or cross', async () => {
      const script = (locale: SampleLocale, text: string): Script => ({
        schemaVersion: 1,
        id: 'flags',
        version: '1.0.0',
        locale,
        title: 'Flags',
        variables: [
          { name: 'optedOut', label: 'Opted out' },
          { name: 'verified', label: 'Verified' },
        ],
        steps: [
          { kind: 'say', id: 'flags', text },
          { kind: 'end', id: 'done' },
        ],
      });
      const cases = [
        [
          script('en', 'Opted out: {{vars.optedOut}}; verified: {{vars.verified}}.'),
          'Opted out: Yes; verified: No.',
        ],
        [
          script('zh-CN', '已退订：{{vars.optedOut}}；已核验：{{vars.verified}}。'),
          '已退订：是；已核验：否。',
        ],
      ] as const;
      for (const locale of ['en', 'zh-CN'] as const) {
        for (const [flags, expected] of cases) {
          const el = await mount(flags, locale, { optedOut: true, verified: false });
          const text = root(el)
            .querySelector('[part~="step-text"]')!
            .textContent!.replace(/\s+/g, ' ')
            .trim();
          expect(SYMBOL.test(text), text).to.equal(false);
          expect(text).to.equal(expected);
        }
      }
    });
  });

  describe('every word in the agent’s language', () => {
    /*
     * What may show in Latin letters on a Chinese screen: IDs (letters with digits or hyphens, e.g.
     * C-20482, T-1), unit symbols, brand and standard names, and key caps (printed in Latin letters on
     * Chinese keyboards too).
     */
    const UNITS = new Set(['GB', 'MB', 'KB', 'TB', 'Mbps', 'ms']);
    const BRANDS = new Set(['VoLTE', 'SIM', 'eSIM', 'SMS', '5G', '4G', 'HTTP', 'JSON', 'ID']);
    const KEYS = new Set(['Enter', 'Ctrl', 'Alt']);
    const allowed = (token: string): boolean =>
      UNITS.has(token) ||
      BRANDS.has(token) ||
      KEYS.has(token) ||
      // an ID: letters joined to digits by a hyphen (C-20482, T-1, RET-30)
      /^[A-Z]{1,6}-\d[\w-]*$/.test(token);
    /** ASCII half-width punctuation next to a Chinese character: should be full-width. */
    const HALF_WIDTH = /[\u4e00-\u9fff][(),:;?!]|[(),:;?!][\u4e00-\u9fff]/u;

    it('renders every step and state of every Chinese sample without untranslated words', async () => {
      const foreign: string[] = [];
      const punctuation: string[] = [];
      const warn = sinon.stub(console, 'warn');
      await everyStepAndState('zh-CN', ({ script, step, el }, state) => {
        for (const { text, where } of readTexts(root(el))) {
          for (const match of text.matchAll(/[A-Za-z0-9][A-Za-z0-9_-]*/g)) {
            const token = match[0];
            if (!/[A-Za-z]/.test(token) || allowed(token)) continue;
            foreign.push(`${script.id}/${step.id} (${state}) ${where}: “${token}” in “${text.trim()}”`);
          }
          if (HALF_WIDTH.test(text))
            punctuation.push(`${script.id}/${step.id} (${state}) ${where}: “${text.trim()}”`);
        }
      });
      const missing = warn.getCalls().map((call) => String(call.args[0]));
      expect(foreign, [...new Set(foreign)].slice(0, 12).join('\n')).to.deep.equal([]);
      expect(punctuation, [...new Set(punctuation)].slice(0, 12).join('\n')).to.deep.equal([]);
      expect(missing.filter((message) => /term/i.test(message))).to.deep.equal([]);
    });

    it('shows an unknown code through a readable fallback, with one console warning per missing term', async () => {
      const suffix =
        Math.random()
          .toString(36)
          .replace(/[^a-z]/g, '')
          .slice(0, 6) || 'x';
      const action = `escalate-${suffix}`;
      const outcome = `handed-over-${suffix}`;
      const script: Script = {
        schemaVersion: 1,
        id: 'unknown-codes',
        version: '1.0.0',
        locale: 'zh-CN',
        title: '未知代码',
        variables: [],
        steps: [
          { kind: 'action', id: 'act', action, text: '请执行。' },
          { kind: 'end', id: 'done', outcome },
        ],
      };
      const warn = sinon.stub(console, 'warn');
      for (const locale of ['en', 'zh-CN', 'en'] as const) {
        const el = await mount(script, locale);
        const run = root(el).querySelector<HTMLButtonElement>('button.action, [part~="action"]')!;
        const label = run.textContent!.replace(/\s+/g, ' ').trim();
        expect(label, 'not silently raw').to.not.equal(action);
        expect(label).to.contain(`Escalate ${suffix}`);
        expect(label).to.match(locale === 'en' ? /^Run / : /^执行/);
        run.click();
        await el.updateComplete;
        el.next();
        await el.updateComplete;
        el.finish();
        await el.updateComplete;
        const summary = root(el).querySelector('[part~="complete"]')!.textContent!.replace(/\s+/g, ' ');
        expect(summary).to.contain(`Handed over ${suffix}`);
        expect(summary).to.not.contain(outcome);
      }
      const warnings = warn.getCalls().map((call) => String(call.args[0]));
      const about = (code: string) => warnings.filter((message) => message.includes(code));
      // One warning per missing term and language, however often it is shown.
      expect(about(action), warnings.join('\n')).to.have.length(2);
      expect(about(outcome), warnings.join('\n')).to.have.length(2);
      expect(about(action).some((message) => message.includes('zh-CN'))).to.equal(true);
    });

    it('puts the optional mark, the reply label and a skip reason in full-width punctuation in Chinese', async () => {
      const el = await mount(sampleScript('network-fault', 'zh-CN'), 'zh-CN');
      const tour = stepTour(sampleScript('network-fault', 'zh-CN'), {
        context: { variables: { identityVerified: true } },
        text: TEXT_ANSWER['zh-CN'],
      });
      await walk(el, sampleScript('network-fault', 'zh-CN'), tour.get('device')!);
      expect(root(el).querySelector('.field')!.textContent).to.contain('（选填）');
      el.draft = '这个不可能';
      await el.updateComplete;
      expect(root(el).querySelector('[part~="coach"]')!.textContent).to.contain('您的回复：');
      expect(el.skip('客户不清楚型号')).to.equal(true);
      await el.updateComplete;
      for (let guard = 0; guard < 5 && el.currentStepId !== 'fault-end'; guard += 1) {
        if (el.currentStepId === 'fault-ticket') el.completeAction('T-9');
        el.next();
        await el.updateComplete;
      }
      el.finish();
      await el.updateComplete;
      const summary = root(el).querySelector('[part~="complete"]')!.textContent!.replace(/\s+/g, ' ');
      expect(summary).to.contain('（已跳过：客户不清楚型号）');
      expect(summary).to.match(/询问：天河路 100 号|：天河路 100 号/);
      expect(summary).to.contain('结果：已建工单');
    });
  });
});
