// What the agent sees matches the state: every state of the countdown reads without colour (a word,
// an icon with a name) and has its own colour, in both variants and both themes; "SLA unavailable"
// when the ticket could not be loaded; every word in the agent's language; no personal data on screen
// or in event details.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../calendars/cn.js';
import { liveRegion } from '../../internal/announcer.js';
import type { SlaTargetInput } from '../../services/sla/targets.js';
import './sla-countdown.js';
import type { CxSlaCountdown } from './sla-countdown.component.js';
import { loadDesignTokens } from '../../../test/support/theme.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const unique = () => `T-states-${Math.random().toString(36).slice(2)}`;

const STATES = ['active', 'warning', 'paused', 'breached', 'met', 'cancelled', 'unavailable'] as const;
type ShownState = (typeof STATES)[number];

/** A target in each state at the time of the test (unavailable: no target, the host says so). */
function targetIn(state: ShownState): SlaTargetInput[] {
  const base = { id: state, label: 'Resolve', kind: 'resolution' };
  switch (state) {
    case 'active':
      return [{ ...base, startedAt: ago(2 * HOUR), duration: 'PT24H' }];
    case 'warning':
      return [{ ...base, startedAt: ago(40 * HOUR), duration: 'PT48H' }];
    case 'paused':
      return [{ ...base, startedAt: ago(5 * HOUR), duration: 'PT8H', pauses: [{ from: ago(HOUR) }] }];
    case 'breached':
      return [{ ...base, startedAt: ago(3 * HOUR), duration: 'PT2H' }];
    case 'met':
      return [{ ...base, startedAt: ago(6 * HOUR), duration: 'PT1H', metAt: ago(5.5 * HOUR) }];
    case 'cancelled':
      return [{ ...base, startedAt: ago(6 * HOUR), duration: 'PT24H', cancelledAt: ago(HOUR) }];
    default:
      return [];
  }
}

const WORDS: Record<ShownState, string> = {
  active: 'On track',
  warning: 'At risk',
  paused: 'Paused',
  breached: 'Breached',
  met: 'Met',
  cancelled: 'Cancelled',
  unavailable: 'SLA unavailable',
};

function countdown(state: ShownState, variant: 'full' | 'compact'): CxSlaCountdown {
  const el = document.createElement('cx-sla-countdown');
  el.ticketId = unique();
  el.variant = variant;
  el.dataset.state = state;
  if (state === 'unavailable') el.unavailable = true;
  else el.targets = targetIn(state);
  return el;
}

function channels(color: string): [number, number, number] {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return [r ?? 0, g ?? 0, b ?? 0];
}

/** WCAG contrast ratio of two computed `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = channels(color).map((value) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** What an icon draws: its shapes and their geometry. */
function shapeOf(icon: SVGElement): string {
  return [...icon.children]
    .map((shape) =>
      [
        shape.tagName,
        ...['d', 'x', 'cx', 'r', 'width', 'stroke-dasharray'].map((name) => shape.getAttribute(name)),
      ].join(' '),
    )
    .join('|');
}

/** The element that carries the state: the badge in `full`, the icon in `compact`. */
function indicator(el: CxSlaCountdown, variant: 'full' | 'compact'): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(variant === 'full' ? '.badge' : '.state-icon');
  expect(found, `${el.dataset.state} ${variant}: state indicator`).to.exist;
  return found!;
}

describe('cx-sla-countdown: every state, told apart with and without colour', () => {
  before(loadDesignTokens);
  beforeEach(() => {
    document.documentElement.lang = 'en';
  });

  for (const variant of ['full', 'compact'] as const) {
    it(`${variant}: each state has its word or named icon, its own shape and its own colour, light and dark`, async function () {
      // Every state × two themes, each checked with axe: more than mocha's default 10 s on a busy machine.
      this.timeout(60_000);
      const colours: Record<string, Record<string, string>> = {};
      for (const theme of ['light', 'dark'] as const) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div data-cx-theme=${theme}><span class="surface"></span></div>`,
        );
        // The host's card behind the widgets (the widget's own surface is the theme rule's part).
        wrapper.style.setProperty('background', 'var(--cx-color-surface)');
        const probe = wrapper.querySelector<HTMLElement>('.surface')!;
        probe.style.setProperty('background', 'var(--cx-color-surface)');
        const surface = getComputedStyle(probe).backgroundColor;
        const elements = STATES.map((state) => countdown(state, variant));
        wrapper.append(...elements);
        await Promise.all(elements.map((el) => el.updateComplete));
        colours[theme] = {};
        const shapes = new Set<string>();
        for (const el of elements) {
          const state = el.dataset.state as ShownState;
          const shown = indicator(el, variant);
          // Without colour: the word, and a shape of its own.
          if (variant === 'full') {
            expect(shown.textContent!.trim(), `${state} badge`).to.equal(WORDS[state]);
          } else {
            expect(shown.title, `${state} icon's name`).to.equal(WORDS[state]);
            const named = el.shadowRoot!.querySelector('[role="timer"]')?.getAttribute('aria-label');
            const visible = el.shadowRoot!.querySelector('.word')?.textContent;
            expect(named ?? visible, `${state}: the state in the timer's name or on screen`).to.contain(
              WORDS[state],
            );
          }
          shapes.add(shapeOf(shown.querySelector('svg')!));
          // With colour: readable on the surface.
          const colour = getComputedStyle(shown).color;
          colours[theme][state] = colour;
          expect(contrast(colour, surface), `${theme} ${state}: ${colour} on ${surface}`).to.be.at.least(4.5);
        }
        expect(shapes.size, 'one icon shape per state').to.equal(STATES.length);
        const distinct = new Set(Object.values(colours[theme]));
        expect(distinct.size, `${theme}: one colour per state ${JSON.stringify(colours[theme])}`).to.equal(
          STATES.length,
        );
        // Each full countdown is a named region: one at a time (a page shows one per ticket).
        if (variant === 'compact') await expect(wrapper).to.be.accessible();
        else for (const el of elements) await expect(el).to.be.accessible();
      }
      for (const state of STATES) {
        expect(colours.dark![state], `${state}: a dark colour of its own`).to.not.equal(
          colours.light![state],
        );
      }
    });
  }

  it('colours a breached ticket as breached in compact, as the full countdown does', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const compact = countdown('breached', 'compact');
    const full = countdown('breached', 'full');
    wrapper.append(compact, full);
    await Promise.all([compact.updateComplete, full.updateComplete]);
    const time = compact.shadowRoot!.querySelector<HTMLElement>('[role="timer"]')!;
    const fullTime = full.shadowRoot!.querySelector<HTMLElement>('.remaining')!;
    expect(time.textContent!.trim()).to.match(/^\+/);
    expect(getComputedStyle(time).color).to.equal(getComputedStyle(fullTime).color);
    expect(getComputedStyle(indicator(compact, 'compact')).color).to.equal(
      getComputedStyle(indicator(full, 'full')).color,
    );
  });
});

describe('cx-sla-countdown: SLA unavailable', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  const notTickets: Array<[string, unknown]> = [
    ['a string', 'TT-0001'],
    ['a number', 404],
    ['a list', [{ id: 'TT-1' }]],
    ['a TMF error body', { '@type': 'Error', code: '60', reason: 'Not found', status: '404' }],
    ['an Error', new Error('GET /tmf-api/troubleTicket answered 500')],
  ];

  for (const variant of ['full', 'compact'] as const) {
    for (const [what, ticket] of notTickets) {
      it(`${variant}: says "SLA unavailable" for a ticket that is ${what}, never "no targets"`, async () => {
        const errors: CustomEvent[] = [];
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        wrapper.addEventListener('cx-error', (event) => errors.push(event as CustomEvent));
        const el = document.createElement('cx-sla-countdown');
        el.variant = variant;
        el.ticket = ticket as never;
        wrapper.append(el);
        await el.updateComplete;
        const text = el.shadowRoot!.textContent!;
        expect(text).to.contain('SLA unavailable');
        expect(text).not.to.contain('No SLA targets');
        expect(errors.map((event) => event.detail.path)).to.deep.equal(['ticket']);
        // A ticket that loads afterwards shows its SLA.
        el.ticket = {
          id: 'TT-0001',
          creationDate: ago(HOUR),
          expectedResolutionDate: new Date(Date.now() + HOUR).toISOString(),
        };
        await el.updateComplete;
        expect(el.shadowRoot!.textContent).not.to.contain('SLA unavailable');
        expect(el.shadowRoot!.querySelector('[role="timer"]')).to.exist;
      });
    }

    it(`${variant}: a host says the load failed with the unavailable attribute, in English and Chinese`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const errors = sinon.spy();
      wrapper.addEventListener('cx-error', errors);
      const el = document.createElement('cx-sla-countdown');
      el.variant = variant;
      el.setAttribute('unavailable', '');
      el.ticketId = unique();
      el.targets = targetIn('breached');
      const breach = sinon.spy();
      el.addEventListener('cx-sla-breach', breach);
      wrapper.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('SLA unavailable');
      expect(el.shadowRoot!.querySelector('.state-unavailable')).to.exist;
      expect(breach.called, 'no milestone of data not known to be current').to.equal(false);
      expect(errors.called, 'the host knows: no cx-error').to.equal(false);
      await expect(el).to.be.accessible();
      wrapper.lang = 'zh-CN';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('SLA 暂不可用');
      el.removeAttribute('unavailable');
      await el.updateComplete;
      expect(shownText(el).join(' ')).to.contain('已超时');
      expect(breach.callCount).to.equal(1);
    });
  }
});

/** Every text node in the shadow root, and every accessible name and tooltip. */
function shownText(el: Element): string[] {
  const root = el.shadowRoot!;
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // The technical detail for whoever fixes the data (behind "详情") is for the host, in English.
    if (node.parentElement?.closest('.technical')) continue;
    if (node.textContent!.trim()) texts.push(node.textContent!.trim());
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'alt', 'placeholder']) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  return texts;
}

/** ASCII letters allowed in Chinese text: the SLA acronym. Numbers, times and unit-free digits pass. */
const ALLOWED_LATIN = new Set(['SLA']);

describe('cx-sla-countdown: every word in the agent’s language', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    sinon.restore();
  });

  it('reads Chinese in every state, kind and variant: no English word, no raw code, full-width punctuation', async () => {
    const warn = sinon.stub(console, 'warn');
    const kinds = ['first-response', 'response', 'next-response', 'resolution', 'follow-up', 'callback'];
    const targets: SlaTargetInput[] = [
      ...STATES.filter((state) => state !== 'unavailable').flatMap((state, index) =>
        targetIn(state).map((target) => ({
          ...target,
          id: `${state}-${index}`,
          label: '', // no label: the kind names it
          kind: kinds[index % kinds.length]!,
        })),
      ),
      { id: 'long', label: '', kind: 'follow-up', startedAt: ago(HOUR), duration: 'PT200H' },
      { id: 'broken', label: '', kind: 'response', startedAt: 'yesterday', duration: 'PT1H' },
    ];
    const ticket = {
      id: 'TT-ZH-1',
      status: 'pending',
      creationDate: ago(10 * HOUR),
      expectedResolutionDate: new Date(Date.now() + 10 * HOUR).toISOString(),
      statusChangeHistory: [{ status: 'pending', statusChangeDate: ago(HOUR) }],
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-CN"></div>`);
    const elements: CxSlaCountdown[] = [];
    for (const variant of ['full', 'compact'] as const) {
      for (const target of targets) {
        const el = document.createElement('cx-sla-countdown');
        el.variant = variant;
        el.ticketId = unique();
        el.targets = [target];
        el.showWallClock = true;
        elements.push(el);
      }
      const fromTicket = document.createElement('cx-sla-countdown');
      fromTicket.variant = variant;
      fromTicket.ticket = ticket;
      const unavailable = document.createElement('cx-sla-countdown');
      unavailable.variant = variant;
      unavailable.unavailable = true;
      elements.push(fromTicket, unavailable);
    }
    const all = document.createElement('cx-sla-countdown');
    all.ticketId = unique();
    all.targets = targets;
    all.setAttribute('calendar', 'cn');
    elements.push(all);
    wrapper.append(...elements);
    await Promise.all(elements.map((el) => el.updateComplete));

    const problems: string[] = [];
    for (const el of elements) {
      for (const text of shownText(el)) {
        for (const run of text.match(/[A-Za-z]+/g) ?? [])
          if (!ALLOWED_LATIN.has(run)) problems.push(`"${run}" in "${text}"`);
        // ASCII punctuation where Chinese uses full-width; a colon between digits is a time.
        if (/[,;()!?]|(?<!\d):|:(?!\d)/.test(text)) problems.push(`half-width punctuation in "${text}"`);
      }
    }
    expect(problems).to.deep.equal([]);
    expect(wrapper.querySelector('cx-sla-countdown')!.shadowRoot!.textContent).to.contain('首次响应');
    // The pending status of a ticket without a reason, as the pause reason.
    expect(shownText(elements[targets.length]!).join(' ')).to.contain('等待中');
    expect(warn.called, String(warn.firstCall?.args[0])).to.equal(false);
  });

  it('shows an unknown kind in a readable form, with one console warning per page for the missing term', async () => {
    const warn = sinon.stub(console, 'warn');
    const kind = `line-check-${Math.random().toString(36).slice(2, 6)}`;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const elements = [1, 2, 3].map(() => {
      const el = document.createElement('cx-sla-countdown');
      el.ticketId = unique();
      el.targets = [{ id: 'a', kind, startedAt: ago(HOUR), duration: 'PT4H' }];
      return el;
    });
    wrapper.append(...elements);
    await Promise.all(elements.map((el) => el.updateComplete));
    const name = elements[0]!.shadowRoot!.querySelector('.name')!.textContent!.trim();
    expect(name).to.match(/^Line check /);
    expect(name).not.to.contain('-');
    const warnings = warn.getCalls().filter((call) => String(call.args[0]).includes(kind));
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]!.args[0])).to.contain('slaKinds');
  });
});

describe('cx-sla-countdown: personal data in labels', () => {
  const PHONE = '13812345678';
  const ID_NUMBER = '110101199003071234';
  const EMAIL = 'li.wei@example.cn';
  const RAW = [PHONE, ID_NUMBER, EMAIL, '1381234', 'li.wei@'];

  it('masks a phone, an ID number and an e-mail in labels, pause reasons, names, announcements and event details', async () => {
    const details: unknown[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    for (const type of ['cx-sla-warning', 'cx-sla-breach', 'cx-sla-state-change', 'cx-error'])
      wrapper.addEventListener(type, (event) => details.push((event as CustomEvent).detail));
    const targets: SlaTargetInput[] = [
      {
        id: `call ${PHONE}`,
        label: `Call back ${PHONE}`,
        kind: 'callback',
        startedAt: ago(3 * HOUR),
        duration: 'PT2H',
      },
      {
        id: `verify ${ID_NUMBER}`,
        label: `Verify ID ${ID_NUMBER}`,
        kind: 'response',
        startedAt: ago(40 * HOUR),
        duration: 'PT48H',
        pauses: [{ from: ago(HOUR), reason: `customer asked to mail ${EMAIL}` }],
      },
      { id: `mail ${EMAIL}`, label: `Mail ${EMAIL}`, kind: 'follow-up', startedAt: 'soon', duration: 'PT1H' },
    ];
    const elements = (['full', 'compact'] as const).map((variant) => {
      const el = document.createElement('cx-sla-countdown');
      el.variant = variant;
      el.ticketId = unique();
      el.targets = targets;
      return el;
    });
    wrapper.append(...elements);
    await Promise.all(elements.map((el) => el.updateComplete));
    const shown = elements.flatMap((el) => shownText(el)).join('\n');
    const technical = elements
      .flatMap((el) => [...el.shadowRoot!.querySelectorAll('.technical')].map((node) => node.textContent))
      .join('\n');
    const announced = `${liveRegion('polite')?.textContent}\n${liveRegion('assertive')?.textContent}`;
    expect(shown).to.contain('138****5678');
    expect(details.length).to.be.greaterThan(2);
    for (const raw of RAW) {
      expect(shown, 'on screen').not.to.contain(raw);
      expect(technical, 'in the technical detail').not.to.contain(raw);
      expect(announced, 'announced').not.to.contain(raw);
      expect(JSON.stringify(details), 'in event details').not.to.contain(raw);
    }
  });
});
