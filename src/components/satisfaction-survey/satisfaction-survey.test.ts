import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../agent-session/agent-session.js';
import type { CxErrorEvent } from '../../events/cx-error.js';
import type { CxSurveyErrorEvent } from '../../events/cx-survey-error.js';
import type { CxSurveySubmitEvent } from '../../events/cx-survey-submit.js';
import type { CxSurveySubmittedEvent } from '../../events/cx-survey-submitted.js';
import { liveRegion } from '../../internal/announcer.js';
import { SurveyDraftStore, SurveyOutbox } from '../../services/survey-outbox/index.js';
import {
  closeOutboxHarnesses,
  outboxHarness,
  until,
  type OutboxHarness,
} from '../../../test/support/outbox.js';
import {
  endpointOf,
  newSandbox,
  setFaults,
  storedResponses,
  uniqueName,
} from '../../../test/support/reference-backend.js';
import { lazy } from '../../services/lazy.js';
import './satisfaction-survey.js';
import { surveyParts, type CxSatisfactionSurvey } from './satisfaction-survey.component.js';
import { WIDGET_STORIES } from '../../../test/support/widget-fixtures.js';
import { clearAnnouncements } from '../../../test/support/page-state.js';

/** A survey holding one question of every type: the story's (EveryQuestionType), so the two cannot drift. */
const everyType = () =>
  structuredClone(WIDGET_STORIES['cx-satisfaction-survey'].EveryQuestionType.args!.survey) as NonNullable<
    CxSatisfactionSurvey['survey']
  >;

const shadow = (el: CxSatisfactionSurvey) => el.shadowRoot!;
const questionOf = (el: CxSatisfactionSurvey, id: string) =>
  shadow(el).querySelector<HTMLElement>(`[data-question="${id}"]`);
/** A question's rating scale (a `cx-rating-scale`: the radio group, its radios in its own shadow root). */
const scaleOf = (el: CxSatisfactionSurvey, id: string) =>
  questionOf(el, id)?.querySelector<HTMLElement>('[role="radiogroup"]') ?? null;
const radiosOf = (el: CxSatisfactionSurvey, id: string) => [
  ...(scaleOf(el, id)?.shadowRoot?.querySelectorAll<HTMLElement>('[role="radio"]') ?? []),
];
/** The element focused inside the survey, through the rating scales' shadow roots. */
const focused = (el: CxSatisfactionSurvey) => {
  let active = shadow(el).activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};
const checked = (el: CxSatisfactionSurvey, id: string) =>
  radiosOf(el, id).findIndex((radio) => radio.getAttribute('aria-checked') === 'true');
const visibleIds = (el: CxSatisfactionSurvey) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[data-question]')].map((node) => node.dataset['question']);
const statusText = (el: CxSatisfactionSurvey) =>
  shadow(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';

async function pick(el: CxSatisfactionSurvey, questionId: string, index: number): Promise<void> {
  radiosOf(el, questionId)[index]!.click();
  await el.updateComplete;
}

/** An outbox on a sandbox of the reference backend, with hand-driven retries and a switchable network. */
interface Harness extends OutboxHarness {
  outbox: SurveyOutbox;
}

function harness(label: string, requestTimeoutMs = 3_000): Harness {
  const h = outboxHarness(label, { requestTimeoutMs });
  return { ...h, outbox: h.open() };
}

async function mountPostCall(h?: Harness, attributes = ''): Promise<CxSatisfactionSurvey> {
  const el = await fixture<CxSatisfactionSurvey>(
    html`<cx-satisfaction-survey preset="post-call"></cx-satisfaction-survey>`,
  );
  for (const pair of attributes.split(' ').filter(Boolean)) {
    const [name, value] = pair.split('=');
    el.setAttribute(name!, value ?? '');
  }
  if (h) el.outbox = h.outbox;
  await el.updateComplete;
  return el;
}

/** CSAT 5, resolved: the shortest valid post-call response. */
async function answerPostCall(el: CxSatisfactionSurvey, csatIndex = 4): Promise<void> {
  await pick(el, 'csat', csatIndex);
  await pick(el, 'resolved', 0);
}

describe('cx-satisfaction-survey', () => {
  beforeEach(() => {
    document.documentElement.lang = 'en';
  });

  afterEach(async () => {
    clearAnnouncements();
    await closeOutboxHarnesses();
    sinon.restore();
  });

  describe('question types', () => {
    it('renders every type, each labelled by its question', async () => {
      const el = await fixture<CxSatisfactionSurvey>(
        html`<cx-satisfaction-survey .survey=${everyType()}></cx-satisfaction-survey>`,
      );
      expect(visibleIds(el)).to.deep.equal([
        'stars',
        'faces',
        'numbers',
        'nps',
        'ces',
        'fcr',
        'channel',
        'reasons',
        'comment',
        'line',
      ]);
      expect(radiosOf(el, 'stars')).to.have.length(5);
      expect(radiosOf(el, 'numbers')).to.have.length(10);
      expect(radiosOf(el, 'nps').map((radio) => radio.textContent?.trim())).to.deep.equal([
        '0',
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
        '8',
        '9',
        '10',
      ]);
      expect(radiosOf(el, 'ces')).to.have.length(5);
      expect(radiosOf(el, 'fcr').map((radio) => radio.textContent?.trim())).to.deep.equal(['Yes', 'No']);
      expect(radiosOf(el, 'channel')).to.have.length(3);
      expect(questionOf(el, 'reasons')!.querySelectorAll('input[type="checkbox"]')).to.have.length(2);
      expect(questionOf(el, 'comment')!.querySelector('textarea')).to.exist;
      expect(questionOf(el, 'line')!.querySelector('input[type="text"]')).to.exist;
      // Names: stars and faces say what they mean, the ends carry their labels.
      expect(radiosOf(el, 'stars')[0]!.getAttribute('aria-label')).to.equal('1 of 5 stars, Poor');
      expect(radiosOf(el, 'stars')[4]!.getAttribute('aria-label')).to.equal('5 of 5 stars, Excellent');
      expect(radiosOf(el, 'faces').map((radio) => radio.getAttribute('aria-label'))).to.deep.equal([
        'Very dissatisfied',
        'Dissatisfied',
        'Neutral',
        'Satisfied',
        'Very satisfied',
      ]);
      for (const group of shadow(el).querySelectorAll('[role="radiogroup"], [role="group"]')) {
        const title = shadow(el).getElementById(group.getAttribute('aria-labelledby')!);
        expect(title?.textContent?.trim(), group.getAttribute('aria-labelledby') ?? '').to.not.equal('');
      }
      await expect(el).to.be.accessible();
    });

    it('records each type as its kind of answer, and scores them', async () => {
      const el = await fixture<CxSatisfactionSurvey>(
        html`<cx-satisfaction-survey .survey=${everyType()}></cx-satisfaction-survey>`,
      );
      await pick(el, 'stars', 3);
      await pick(el, 'faces', 0);
      await pick(el, 'numbers', 9);
      await pick(el, 'nps', 10);
      await pick(el, 'ces', 1);
      await pick(el, 'fcr', 1);
      await pick(el, 'channel', 1);
      questionOf(el, 'reasons')!.querySelectorAll<HTMLInputElement>('input')[1]!.click();
      await el.updateComplete;
      const comment = questionOf(el, 'comment')!.querySelector('textarea')!;
      comment.focus();
      await sendKeys({ type: 'Slow' });
      await el.updateComplete;
      expect(el.answers).to.deep.equal({
        stars: 4,
        faces: 1,
        numbers: 10,
        nps: 10,
        ces: 2,
        fcr: false,
        channel: 'chat',
        reasons: ['billing'],
        comment: 'Slow',
      });
      expect(JSON.parse(el.value)).to.deep.equal(el.answers);
      expect(questionOf(el, 'comment')!.querySelector('.count')!.textContent).to.contain(
        '196 characters left',
      );
      // Stars light up to the chosen one.
      expect(radiosOf(el, 'stars').map((radio) => radio.classList.contains('lit'))).to.deep.equal([
        true,
        true,
        true,
        true,
        false,
      ]);
      const submit = sinon.spy();
      el.addEventListener('cx-survey-submit', (event) => {
        submit((event as CxSurveySubmitEvent).detail);
        event.preventDefault();
      });
      await el.submit();
      expect(submit.firstCall.args[0].scores).to.include({
        csat: 4,
        csatSatisfied: true,
        nps: 10,
        fcr: false,
      });
    });
  });

  describe('theming', () => {
    it("the survey's CSS hooks and parts reach the options of its rating scales", async () => {
      const el = await fixture<CxSatisfactionSurvey>(
        html`<cx-satisfaction-survey
          .survey=${everyType()}
          style="--cx-satisfaction-survey-accent-color: rgb(1, 2, 3); --cx-satisfaction-survey-star-color: rgb(4, 5, 6); --cx-satisfaction-survey-option-size: 50px"
        ></cx-satisfaction-survey>`,
      );
      await pick(el, 'numbers', 2);
      const chosen = radiosOf(el, 'numbers')[2]!;
      const style = getComputedStyle(chosen);
      expect(style.backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(style.minInlineSize).to.equal('50px');
      expect(getComputedStyle(radiosOf(el, 'stars')[0]!).color).to.equal('rgb(4, 5, 6)');
      // ::part(option) of the survey still names the options (exported by each scale).
      expect(scaleOf(el, 'numbers')!.getAttribute('exportparts')).to.contain('option-checked');
      expect(scaleOf(el, 'numbers')!.getAttribute('part')).to.equal('scale');
      expect(chosen.getAttribute('part')).to.equal('option option-checked');
    });
  });

  describe('keyboard (APG radio group)', () => {
    it('tabs into a rating, arrows move and select with wrapping, Home and End jump', async () => {
      const el = await mountPostCall();
      const radios = () => radiosOf(el, 'csat');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(radios()[0]);
      expect(radios().filter((radio) => radio.tabIndex === 0)).to.have.length(1);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(checked(el, 'csat')).to.equal(1);
      expect(focused(el)).to.equal(radios()[1]);
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(checked(el, 'csat')).to.equal(4);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(checked(el, 'csat')).to.equal(0);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(checked(el, 'csat')).to.equal(4);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(checked(el, 'csat')).to.equal(0);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(checked(el, 'csat')).to.equal(0);
      // Roving tabindex: only the checked radio is in the tab order.
      expect(radios().map((radio) => radio.tabIndex)).to.deep.equal([0, -1, -1, -1, -1]);
      // Tab leaves the group for the next question.
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(radiosOf(el, 'resolved')[0]);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ csat: 1, resolved: true });
    });

    it('completes the post-call survey with the keyboard alone', async () => {
      const h = harness('kbd');
      const el = await mountPostCall(h);
      const submitted = sinon.spy();
      el.addEventListener('cx-survey-submitted', submitted);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowRight' }); // 2 stars: reasons appear
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowRight' }); // not resolved
      await el.updateComplete;
      expect(visibleIds(el)).to.include('reasons');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' }); // network
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' }); // attitude
      for (let i = 0; i < 4; i += 1) await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Dropped call' });
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.getAttribute('part')).to.equal('submit');
      await sendKeys({ press: 'Enter' });
      await until(() => el.status === 'sent', 'sent');
      expect(submitted.calledOnce).to.equal(true);
      const [stored] = await storedResponses(h.sandbox);
      expect(stored!['answers']).to.deep.equal({
        csat: 2,
        resolved: false,
        reasons: ['network', 'attitude'],
        comment: 'Dropped call',
      });
    });
  });

  describe('conditions', () => {
    it('shows the reasons only when CSAT is 3 or less, and drops them from the value when hidden', async () => {
      const el = await mountPostCall();
      expect(visibleIds(el)).to.deep.equal(['csat', 'resolved', 'comment']);
      await pick(el, 'csat', 2);
      expect(visibleIds(el)).to.deep.equal(['csat', 'resolved', 'reasons', 'comment']);
      questionOf(el, 'reasons')!.querySelector('input')!.click();
      await el.updateComplete;
      expect(JSON.parse(el.value)).to.deep.equal({ csat: 3, reasons: ['network'] });
      await pick(el, 'csat', 3);
      expect(visibleIds(el)).to.deep.equal(['csat', 'resolved', 'comment']);
      expect(JSON.parse(el.value)).to.deep.equal({ csat: 4 });
      await expect(el).to.be.accessible();
    });
  });

  describe('modes', () => {
    it('customer mode shows no read-aloud words and no decline action', async () => {
      const el = await mountPostCall();
      expect(shadow(el).querySelector('[part="read-aloud"]')).to.equal(null);
      expect(shadow(el).querySelector('[part="decline"]')).to.equal(null);
    });

    it('agent mode shows the words to read, and records a decline through the outbox', async () => {
      const h = harness('agent');
      const el = await mountPostCall(h, 'mode=agent interaction-id=agent-int-1 agent-id=A-7');
      const read = questionOf(el, 'csat')!.querySelector('[part="read-aloud"]')!;
      expect(read.textContent).to.contain('On a scale from 1 to 5');
      expect(scaleOf(el, 'csat')!.getAttribute('aria-describedby')).to.equal(read.id);
      await expect(el).to.be.accessible();
      const submit = sinon.spy();
      el.addEventListener('cx-survey-submit', (event) => submit((event as CxSurveySubmitEvent).detail));
      shadow(el).querySelector<HTMLButtonElement>('[part="decline"]')!.click();
      await until(() => el.status === 'declined', 'declined');
      expect(submit.firstCall.args[0].meta).to.include({ declined: true, mode: 'agent', agentId: 'A-7' });
      const [stored] = await storedResponses(h.sandbox);
      expect(stored!['answers']).to.deep.equal({});
      expect((stored!['meta'] as Record<string, unknown>)['declined']).to.equal(true);
      expect(statusText(el)).to.contain('declined');
      await expect(el).to.be.accessible();
    });

    it('agent mode records answers for the customer like customer mode', async () => {
      const h = harness('agent-answers');
      const el = await mountPostCall(h, 'mode=agent');
      await answerPostCall(el, 3);
      await el.submit();
      await until(() => el.status === 'sent', 'sent');
      const [stored] = await storedResponses(h.sandbox);
      expect(stored!['answers']).to.deep.equal({ csat: 4, resolved: true });
      expect((stored!['meta'] as Record<string, unknown>)['mode']).to.equal('agent');
    });
  });

  describe('form association', () => {
    async function inForm(): Promise<{ form: HTMLFormElement; el: CxSatisfactionSurvey }> {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <cx-satisfaction-survey name="survey" preset="post-call" hide-submit></cx-satisfaction-survey>
          <button>Send</button>
        </form>`,
      );
      const el = form.querySelector('cx-satisfaction-survey')!;
      await el.updateComplete;
      return { form, el };
    }

    it('blocks the host form while a required question is unanswered, with a message', async () => {
      const { form, el } = await inForm();
      const submitted = sinon.spy((event: Event) => event.preventDefault());
      form.addEventListener('submit', submitted);
      expect(el.form).to.equal(form);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.contain('How satisfied are you');
      expect(el.checkValidity()).to.equal(false);
      form.requestSubmit();
      expect(submitted.called).to.equal(false);
      await el.updateComplete;
      // The invalid event shows the problems next to the questions.
      const error = questionOf(el, 'csat')!.querySelector('[part="error"]')!;
      expect(error.textContent).to.contain('Please answer');
      expect(scaleOf(el, 'csat')!.getAttribute('aria-describedby')).to.contain(error.id);
      await expect(el).to.be.accessible();
      await answerPostCall(el);
      expect(el.validity.valid).to.equal(true);
      form.requestSubmit();
      expect(submitted.calledOnce).to.equal(true);
      expect(JSON.parse(new FormData(form).get('survey') as string)).to.deep.equal({
        csat: 5,
        resolved: true,
      });
    });

    it("points the host form's validity message at the first unanswered scale's radio, and focuses it", async () => {
      const { form, el } = await inForm();
      form.addEventListener('submit', (event) => event.preventDefault());
      // Nothing rendered since the scales drew their options: the anchor is their radio all the same.
      form.requestSubmit();
      await until(() => focused(el) === radiosOf(el, 'csat')[0], 'focus on the first radio of CSAT');
      await pick(el, 'csat', 2);
      (document.activeElement as HTMLElement | null)?.blur();
      expect(el.reportValidity()).to.equal(false);
      await until(() => focused(el) === radiosOf(el, 'resolved')[0], 'focus on the next unanswered scale');
    });

    it('reset clears the answers and the errors', async () => {
      const { form, el } = await inForm();
      await pick(el, 'csat', 1);
      el.reportValidity();
      await el.updateComplete;
      form.reset();
      await el.updateComplete;
      expect(el.answers).to.deep.equal({});
      expect(checked(el, 'csat')).to.equal(-1);
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
      expect(new FormData(form).get('survey')).to.equal('{}');
    });

    it('restores the state the browser kept, and follows a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <fieldset><cx-satisfaction-survey name="s" preset="csat"></cx-satisfaction-survey></fieldset>
        </form>`,
      );
      const el = form.querySelector('cx-satisfaction-survey')!;
      await el.updateComplete;
      el.formStateRestoreCallback(JSON.stringify({ csat: 2 }));
      await el.updateComplete;
      expect(checked(el, 'csat')).to.equal(1);
      el.formStateRestoreCallback('not json');
      expect(el.answers).to.deep.equal({ csat: 2 });
      form.querySelector('fieldset')!.disabled = true;
      await el.updateComplete;
      expect(radiosOf(el, 'csat').every((radio) => radio.tabIndex === -1)).to.equal(true);
      radiosOf(el, 'csat')[4]!.click();
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ csat: 2 });
      expect(shadow(el).querySelector<HTMLButtonElement>('[part="submit"]')!.disabled).to.equal(true);
    });

    it('is answerable again in the update that clears disabled, and a disabled fieldset still wins', async () => {
      const fieldset = await fixture<HTMLFieldSetElement>(
        html`<fieldset><cx-satisfaction-survey preset="csat" disabled></cx-satisfaction-survey></fieldset>`,
      );
      const el = fieldset.querySelector('cx-satisfaction-survey')!;
      await el.updateComplete;
      const submit = () => shadow(el).querySelector<HTMLButtonElement>('[part="submit"]')!;
      const enabled = () => !submit().disabled && radiosOf(el, 'csat')[0]!.tabIndex === 0;
      expect(enabled()).to.equal(false);
      for (const toggle of [
        () => (el.disabled = false),
        () => el.removeAttribute('disabled'),
        () => el.toggleAttribute('disabled', false),
      ]) {
        el.disabled = true;
        await el.updateComplete;
        expect(enabled(), 'disabled').to.equal(false);
        toggle();
        await el.updateComplete;
        expect(enabled(), `enabled by ${String(toggle)}`).to.equal(true);
        expect(el.hasAttribute('disabled')).to.equal(false);
      }
      fieldset.disabled = true;
      el.disabled = true;
      await el.updateComplete;
      el.disabled = false;
      await el.updateComplete;
      expect(enabled(), 'the fieldset still disables it').to.equal(false);
      fieldset.disabled = false;
      await el.updateComplete;
      expect(enabled()).to.equal(true);
    });

    it('fires native input and change on the host for every answer change, never the inner ones', async () => {
      const el = await fixture<CxSatisfactionSurvey>(
        html`<cx-satisfaction-survey .survey=${everyType()}></cx-satisfaction-survey>`,
      );
      const input = sinon.spy();
      const change = sinon.spy();
      el.addEventListener('input', (event) => input(event.target, event.composed));
      el.addEventListener('change', (event) => change(event.target));
      await pick(el, 'nps', 9);
      expect(input.callCount).to.equal(1);
      expect(change.callCount).to.equal(1);
      expect(input.firstCall.args).to.deep.equal([el, true]);
      questionOf(el, 'reasons')!.querySelector('input')!.click();
      expect(input.callCount).to.equal(2);
      expect(change.callCount).to.equal(2);
      questionOf(el, 'line')!.querySelector('input')!.focus();
      await sendKeys({ type: 'ab' });
      expect(input.callCount).to.equal(4);
      expect(change.callCount).to.equal(2);
      await sendKeys({ press: 'Tab' });
      // Leaving the field commits it; a loaded Firefox may deliver the blur a moment after the key.
      await waitUntil(() => change.callCount >= 3, 'change when the field is left', { timeout: 3000 });
      expect(change.callCount).to.equal(3);
      expect(change.args.every(([target]) => target === el)).to.equal(true);
    });
  });

  describe('submission', () => {
    it('fires cx-survey-submit first, stores in the outbox before the POST, and the server gets it once', async () => {
      const h = harness('submit');
      const el = await mountPostCall(h, 'interaction-id=int-42 customer-id=C-9 agent-id=A-1');
      await answerPostCall(el, 4);
      const order: string[] = [];
      const enqueue = sinon.spy(h.outbox, 'enqueue');
      el.addEventListener('cx-survey-submit', (event) => {
        order.push(`submit:${h.network.posts.length}:${enqueue.callCount}`);
        const { detail } = event as CxSurveySubmitEvent;
        expect(detail.surveyId).to.equal('post-call');
        expect(detail.answers).to.deep.equal({ csat: 5, resolved: true });
        expect(detail.scores).to.include({ csat: 5, csatSatisfied: true, fcr: true });
        expect(detail.meta).to.include({
          interactionId: 'int-42',
          customerId: 'C-9',
          agentId: 'A-1',
          locale: 'en',
        });
      });
      const submitted: Array<CxSurveySubmittedEvent['detail']> = [];
      el.addEventListener('cx-survey-submitted', (event) =>
        submitted.push((event as CxSurveySubmittedEvent).detail),
      );
      const responseId = await el.submit();
      expect(order).to.deep.equal(['submit:0:0']);
      expect(enqueue.calledOnce).to.equal(true);
      await until(() => el.status === 'sent', 'sent');
      expect(submitted).to.deep.equal([{ responseId, status: 'sent' }]);
      const stored = await storedResponses(h.sandbox);
      expect(stored.map((item) => item['responseId'])).to.deep.equal([responseId]);
      expect(await h.outbox.pending()).to.deep.equal([]);
      expect(statusText(el)).to.equal('Sent. Thank you!');
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('.done'));
      await expect(el).to.be.accessible();
    });

    it('shows the sending state once handed to the outbox; submit() waits for the write, and a failed write brings the answers back', async () => {
      const h = harness('handover');
      const el = await mountPostCall(h);
      await answerPostCall(el, 4);
      let fail!: (error: Error) => void;
      const enqueue = sinon
        .stub(h.outbox, 'enqueue')
        .returns(new Promise((_resolve, reject) => (fail = reject)));
      const errors: Array<CxSurveyErrorEvent['detail']> = [];
      el.addEventListener('cx-survey-error', (event) => errors.push((event as CxSurveyErrorEvent).detail));
      let settled = false;
      const submitted = el.submit().then((id) => {
        settled = true;
        return id;
      });
      await el.updateComplete;
      expect(enqueue.calledOnce).to.equal(true);
      expect(el.status).to.equal('sending');
      expect(shadow(el).querySelector('.done'), 'sending state shown').to.not.equal(null);
      expect(settled, 'submit() waits for the IndexedDB write').to.equal(false);
      expect(h.network.posts).to.deep.equal([]);
      fail(new Error('quota exceeded'));
      expect(await submitted).to.equal(undefined);
      await el.updateComplete;
      expect(el.status).to.equal('failed');
      expect(errors).to.deep.include({
        responseId: el.responseId,
        code: 'storage',
        message: 'quota exceeded',
        willRetry: false,
      });
      expect(shadow(el).querySelector('.done')).to.equal(null);
      expect(JSON.parse(el.value)).to.deep.equal({ csat: 5, resolved: true });
      enqueue.restore();
    });

    it('keeps the response out of the outbox when the host cancels cx-survey-submit', async () => {
      const h = harness('cancel');
      const el = await mountPostCall(h);
      await answerPostCall(el);
      el.addEventListener('cx-survey-submit', (event) => event.preventDefault());
      expect(await el.submit()).to.equal(undefined);
      expect(el.status).to.equal('idle');
      expect(await h.outbox.pending()).to.deep.equal([]);
      expect(h.network.posts).to.deep.equal([]);
    });

    it('blocks an incomplete survey: errors shown, announced and focused', async () => {
      const h = harness('incomplete');
      const el = await mountPostCall(h);
      const submit = sinon.spy();
      el.addEventListener('cx-survey-submit', submit);
      shadow(el).querySelector<HTMLButtonElement>('[part="submit"]')!.click();
      await until(() => focused(el) === radiosOf(el, 'csat')[0], 'focus on the first problem');
      expect(submit.called).to.equal(false);
      expect(shadow(el).querySelectorAll('[part="error"]')).to.have.length(2);
      expect(liveRegion('polite')!.textContent).to.contain('2 questions need attention');
      await expect(el).to.be.accessible();
    });

    it('a server error never loses the response: retrying, then sent exactly once', async () => {
      const h = harness('http500');
      await setFaults(h.sandbox, [{ mode: 'http500', times: 1 }]);
      const el = await mountPostCall(h);
      await answerPostCall(el);
      const errors: Array<CxSurveyErrorEvent['detail']> = [];
      const submitted: Array<CxSurveySubmittedEvent['detail']> = [];
      el.addEventListener('cx-survey-error', (event) => errors.push((event as CxSurveyErrorEvent).detail));
      el.addEventListener('cx-survey-submitted', (event) =>
        submitted.push((event as CxSurveySubmittedEvent).detail),
      );
      const responseId = (await el.submit())!;
      await until(() => el.status === 'retrying', 'retrying');
      expect(statusText(el)).to.contain('Failed — retrying');
      expect(errors).to.deep.equal([
        { responseId, code: 'http', message: errors[0]!.message, willRetry: true },
      ]);
      expect(submitted).to.deep.equal([{ responseId, status: 'queued' }]);
      expect((await h.outbox.pending()).map((record) => record.responseId)).to.deep.equal([responseId]);
      await expect(el).to.be.accessible();
      h.scheduler.fireAll();
      await until(() => el.status === 'sent', 'sent');
      expect(submitted.at(-1)).to.deep.equal({ responseId, status: 'sent' });
      expect((await storedResponses(h.sandbox)).map((item) => item['responseId'])).to.deep.equal([
        responseId,
      ]);
      expect(await h.outbox.pending()).to.deep.equal([]);
    });

    it('a timeout, a malformed answer or a lost acknowledgement never loses or doubles the response', async () => {
      const h = harness('timeout', 300);
      await setFaults(h.sandbox, [
        { mode: 'timeout', times: 1 },
        { mode: 'malformed', times: 1 },
        { mode: 'ack-lost', times: 1 },
      ]);
      const el = await mountPostCall(h);
      await answerPostCall(el);
      const codes: string[] = [];
      el.addEventListener('cx-survey-error', (event) =>
        codes.push((event as CxSurveyErrorEvent).detail.code),
      );
      const responseId = (await el.submit())!;
      await until(() => codes.length === 1, 'timeout');
      h.scheduler.fireAll();
      await until(() => codes.length === 2, 'malformed');
      h.scheduler.fireAll();
      await until(() => codes.length === 3, 'ack lost');
      expect(codes).to.deep.equal(['timeout', 'parse', 'http']);
      expect(el.status).to.equal('retrying');
      expect((await h.outbox.pending()).map((record) => record.responseId)).to.deep.equal([responseId]);
      h.scheduler.fireAll();
      await until(() => el.status === 'sent', 'sent');
      expect(h.network.postsOf(responseId)).to.equal(4);
      expect((await storedResponses(h.sandbox)).map((item) => item['responseId'])).to.deep.equal([
        responseId,
      ]);
      expect(await h.outbox.pending()).to.deep.equal([]);
    });

    it('offline: saved offline, sent when the connection is back', async () => {
      const h = harness('offline');
      h.online.value = false;
      h.network.offline = true;
      const el = await mountPostCall(h);
      await answerPostCall(el);
      const submitted: Array<CxSurveySubmittedEvent['detail']> = [];
      el.addEventListener('cx-survey-submitted', (event) =>
        submitted.push((event as CxSurveySubmittedEvent).detail),
      );
      const responseId = (await el.submit())!;
      await until(() => el.status === 'queued-offline', 'queued-offline');
      expect(statusText(el)).to.contain('Saved offline — will send');
      expect(submitted).to.deep.equal([{ responseId, status: 'queued' }]);
      expect(await storedResponses(h.sandbox)).to.deep.equal([]);
      await expect(el).to.be.accessible();
      h.online.value = true;
      h.network.offline = false;
      await h.outbox.start();
      h.onlineEvents.dispatchEvent(new Event('online'));
      await until(() => el.status === 'sent', 'sent');
      expect((await storedResponses(h.sandbox)).map((item) => item['responseId'])).to.deep.equal([
        responseId,
      ]);
    });

    it('replays what an earlier page left in the outbox once a survey is on the page', async () => {
      const sandbox = newSandbox('replay');
      // The "earlier page": stored while offline, then the page went away.
      const earlier = new SurveyOutbox({
        endpoint: endpointOf(sandbox),
        isOnline: () => false,
        onlineEvents: null,
      });
      const { responseId } = await earlier.enqueue({
        responseId: uniqueName('left'),
        surveyId: 'csat',
        answers: { csat: 5 },
      });
      await earlier.close();
      expect(await storedResponses(sandbox)).to.deep.equal([]);
      await fixture(
        html`<cx-satisfaction-survey preset="csat" endpoint=${endpointOf(sandbox)}></cx-satisfaction-survey>`,
      );
      await until(async () => (await storedResponses(sandbox)).length === 1, 'replayed', 5_000);
      expect((await storedResponses(sandbox)).map((item) => item['responseId'])).to.deep.equal([responseId]);
    });

    it('shares one started outbox per endpoint when none is given', async () => {
      const sandbox = newSandbox('shared');
      const a = await fixture<CxSatisfactionSurvey>(
        html`<div>
          <cx-satisfaction-survey preset="csat" endpoint=${endpointOf(sandbox)}></cx-satisfaction-survey>
          <cx-satisfaction-survey preset="nps" endpoint=${endpointOf(sandbox)}></cx-satisfaction-survey>
        </div>`,
      );
      const [csat, nps] = [...a.querySelectorAll('cx-satisfaction-survey')];
      await pick(csat!, 'csat', 3);
      await pick(nps!, 'nps', 9);
      const start = sinon.spy(SurveyOutbox.prototype, 'start');
      const ids = [await csat!.submit(), await nps!.submit()];
      await until(() => csat!.status === 'sent' && nps!.status === 'sent', 'both sent');
      // The shared outbox was created (and started) by the first submit only.
      expect(start.callCount).to.be.at.most(1);
      const stored = await storedResponses(sandbox);
      expect(stored.map((item) => item['responseId']).sort()).to.deep.equal([...ids].sort());
    });
  });

  describe('parts loaded on demand', () => {
    const real = { ...surveyParts };
    afterEach(() => Object.assign(surveyParts, real));

    /** A part that loads when the test says so (or fails). */
    function heldPart<T>() {
      let release!: (value: T) => void;
      let fail!: (error: Error) => void;
      const part = lazy(() => new Promise<T>((resolve, reject) => ((release = resolve), (fail = reject))));
      return { part, release: (value: T) => release(value), fail: (error: Error) => fail(error) };
    }

    it("a host's survey waits for the validator: busy meanwhile, and updateComplete waits for it", async () => {
      const validator = heldPart<Awaited<ReturnType<typeof real.validator.load>>>();
      surveyParts.validator = validator.part;
      const el = document.createElement('cx-satisfaction-survey');
      el.survey = everyType();
      document.body.append(el);
      try {
        let complete = false;
        void el.updateComplete.then(() => (complete = true));
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(complete, 'updateComplete waits for the definition').to.equal(false);
        expect(shadow(el).querySelector('section')!.getAttribute('aria-busy')).to.equal('true');
        expect(shadow(el).querySelector('.loading')!.textContent).to.contain('Loading');
        expect(el.definitionShown).to.equal(undefined);
        await expect(el).to.be.accessible();
        validator.release(await real.validator.load());
        await el.updateComplete;
        expect(complete).to.equal(true);
        expect(el.definitionShown?.id).to.equal('every-type');
        expect(visibleIds(el)).to.include('comment');
        expect(shadow(el).querySelector('section')!.getAttribute('aria-busy')).to.equal('false');
      } finally {
        el.remove();
      }
    });

    it('a validator that cannot be fetched shows why with a Retry button and fires cx-error; Retry shows the survey', async () => {
      surveyParts.validator = lazy(() => Promise.reject(new Error('chunk blocked')));
      const errors: Array<CxErrorEvent['detail']> = [];
      const el = document.createElement('cx-satisfaction-survey');
      el.addEventListener('cx-error', (event) => errors.push((event as CxErrorEvent).detail));
      el.survey = everyType();
      document.body.append(el);
      try {
        await el.updateComplete;
        const problems = shadow(el).querySelector('[part="error"]')!;
        expect(problems.textContent).to.contain('This survey could not be loaded');
        expect(problems.textContent).to.contain('chunk blocked');
        expect(errors).to.have.length(1);
        expect(errors[0]).to.include({
          code: 'load-failed',
          path: 'survey',
          source: 'cx-satisfaction-survey',
        });
        await expect(el).to.be.accessible();
        surveyParts.validator = real.validator;
        const retry = problems.querySelector('button')!;
        expect(retry.textContent!.trim()).to.equal('Retry');
        retry.click();
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
        expect(el.definitionShown?.id).to.equal('every-type');
      } finally {
        el.remove();
      }
    });

    it('a delivery part that cannot be fetched at submit keeps the answers: failed, then sent once on retry', async () => {
      const sandbox = newSandbox('part');
      const el = await fixture<CxSatisfactionSurvey>(
        html`<cx-satisfaction-survey preset="csat" endpoint=${endpointOf(sandbox)}></cx-satisfaction-survey>`,
      );
      surveyParts.delivery = lazy(() => Promise.reject(new Error('offline, not cached')));
      const errors: Array<CxSurveyErrorEvent['detail']> = [];
      el.addEventListener('cx-survey-error', (event) => errors.push((event as CxSurveyErrorEvent).detail));
      await pick(el, 'csat', 3);
      expect(await el.submit()).to.equal(undefined);
      await el.updateComplete;
      expect(el.status).to.equal('failed');
      expect(errors[0]).to.include({ code: 'storage', message: 'offline, not cached', willRetry: false });
      expect(JSON.parse(el.value)).to.deep.equal({ csat: 4 });
      expect(statusText(el)).to.not.equal('');
      await expect(el).to.be.accessible();
      surveyParts.delivery = real.delivery;
      const id = await el.submit();
      expect(id).to.be.a('string');
      await until(() => el.status === 'sent', 'sent');
      expect((await storedResponses(sandbox)).map((item) => item['responseId'])).to.deep.equal([id]);
    });
  });

  describe('autosave', () => {
    it('restores partial answers in a new element for the same interaction, and forgets them after submit', async () => {
      const interaction = uniqueName('int');
      const h = harness('draft');
      const first = await mountPostCall(h, `interaction-id=${interaction}`);
      await pick(first, 'csat', 1);
      await pick(first, 'resolved', 1);
      first.remove(); // a reload: the pending autosave is flushed on the way out
      await until(
        async () => (await new SurveyDraftStore().load('post-call', interaction)) !== undefined,
        'draft saved',
      );
      const second = await mountPostCall(h, `interaction-id=${interaction}`);
      await until(() => checked(second, 'csat') === 1, 'restored');
      expect(second.answers).to.deep.equal({ csat: 2, resolved: false });
      expect(statusText(second)).to.contain('restored');
      await expect(second).to.be.accessible();
      await pick(second, 'csat', 4);
      await second.submit();
      await until(
        async () => (await new SurveyDraftStore().load('post-call', interaction)) === undefined,
        'cleared',
      );
      const third = await mountPostCall(h, `interaction-id=${interaction}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(third.answers).to.deep.equal({});
    });

    it('debounces the autosave', async () => {
      const interaction = uniqueName('int');
      const save = sinon.spy(SurveyDraftStore.prototype, 'save');
      const el = await mountPostCall(undefined, `interaction-id=${interaction}`);
      await pick(el, 'csat', 1);
      await pick(el, 'csat', 2);
      await pick(el, 'csat', 3);
      expect(save.called).to.equal(false);
      await until(() => save.calledOnce, 'saved once', 2_000);
      expect(save.firstCall.args.slice(1)).to.deep.equal([interaction, { csat: 4 }]);
    });

    it('takes the interaction, customer and agent from cx-agent-session', async () => {
      const h = harness('session');
      const session = await fixture(
        html`<cx-agent-session interaction-id="S-1" customer-id="C-1" agent-id="A-9">
          <cx-satisfaction-survey preset="csat"></cx-satisfaction-survey>
        </cx-agent-session>`,
      );
      const el = session.querySelector('cx-satisfaction-survey')!;
      el.outbox = h.outbox;
      await el.updateComplete;
      const submit = sinon.spy();
      el.addEventListener('cx-survey-submit', (event) => submit((event as CxSurveySubmitEvent).detail.meta));
      await pick(el, 'csat', 4);
      await el.submit();
      expect(submit.firstCall.args[0]).to.include({
        interactionId: 'S-1',
        customerId: 'C-1',
        agentId: 'A-9',
      });
    });
  });

  describe('definitions', () => {
    it('lists what is wrong with an invalid definition and fires cx-error, never throwing', async () => {
      const errors: Array<CxErrorEvent['detail']> = [];
      const el = document.createElement('cx-satisfaction-survey');
      el.addEventListener('cx-error', (event) => errors.push((event as CxErrorEvent).detail));
      el.survey = {
        id: 'bad',
        locale: 'en',
        title: 'Bad',
        questions: [
          { id: 'a', type: 'rating', title: 'A', min: 3, max: 3 },
          { id: 'a', type: 'stars', title: 'B' },
        ],
      };
      document.body.append(el);
      try {
        await el.updateComplete;
        const items = [...shadow(el).querySelectorAll('[part="error"] li')].map((item) => item.textContent);
        expect(items.length).to.be.greaterThan(0);
        expect(items.join('\n')).to.contain('questions.1.type');
        expect(errors.length).to.equal(items.length);
        expect(errors[0]).to.include({ code: 'invalid-data', source: 'cx-satisfaction-survey' });
        expect(el.validity.valid).to.equal(true);
        await expect(el).to.be.accessible();
        for (const junk of [
          [],
          42,
          'survey',
          { questions: 'no' },
          new Proxy(
            {},
            {
              get: () => {
                throw new Error('x');
              },
            },
          ),
        ]) {
          expect(() => (el.survey = junk)).to.not.throw();
          await el.updateComplete;
          expect(shadow(el).querySelector('[part="error"]')).to.exist;
        }
      } finally {
        el.remove();
      }
    });

    it('takes answers from the host without keeping its objects, ignoring what is not an answer', async () => {
      const el = await mountPostCall();
      const errors: Array<CxErrorEvent['detail']> = [];
      el.addEventListener('cx-error', (event) => errors.push((event as CxErrorEvent).detail));
      const reasons = ['network'];
      el.answers = { csat: 2, reasons, callback: () => 1 } as unknown as Record<string, number>;
      reasons.push('billing');
      await el.updateComplete;
      expect(el.answers).to.deep.equal({ csat: 2, reasons: ['network'] });
      expect(checked(el, 'csat')).to.equal(1);
      expect(errors[0]).to.include({ code: 'invalid-property', path: 'answers', severity: 'warning' });
      expect(() => (el.answers = 'nonsense' as unknown as Record<string, number>)).to.not.throw();
      expect(el.answers).to.deep.equal({});
    });

    it('an unknown preset or mode is reported; no survey shows the empty state', async () => {
      const errors: Array<CxErrorEvent['detail']> = [];
      const el = await fixture<CxSatisfactionSurvey>(html`<cx-satisfaction-survey></cx-satisfaction-survey>`);
      el.addEventListener('cx-error', (event) => errors.push((event as CxErrorEvent).detail));
      expect(shadow(el).textContent).to.contain('No survey to show');
      await expect(el).to.be.accessible();
      el.preset = 'happiness';
      await el.updateComplete;
      expect(errors[0]).to.include({ code: 'unknown-value', path: 'preset' });
      expect(shadow(el).textContent).to.contain('no preset survey called "happiness"');
      el.setAttribute('mode', 'robot');
      el.preset = 'csat';
      await el.updateComplete;
      expect(errors.at(-1)).to.include({ code: 'unknown-value', path: 'mode', severity: 'warning' });
      expect(radiosOf(el, 'csat')).to.have.length(5);
    });

    it('presets follow the nearest lang', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="zh-CN"><cx-satisfaction-survey preset="post-call"></cx-satisfaction-survey></div>`,
      );
      const el = wrapper.querySelector('cx-satisfaction-survey')!;
      await el.updateComplete;
      expect(questionOf(el, 'csat')!.textContent).to.contain('您对本次服务满意吗');
      expect(radiosOf(el, 'csat')[0]!.getAttribute('aria-label')).to.contain('1 星');
      expect(shadow(el).querySelector('[part="submit"]')!.textContent!.trim()).to.equal('提交');
      wrapper.lang = 'en';
      await until(() => questionOf(el, 'csat')!.textContent!.includes('How satisfied'), 'English');
      await expect(el).to.be.accessible();
    });

    it('every preset renders accessibly in both languages and modes', async () => {
      for (const lang of ['en', 'zh-CN']) {
        for (const preset of ['csat', 'nps', 'ces', 'fcr', 'post-call', 'tcsi']) {
          const wrapper = await fixture<HTMLElement>(
            html`<div lang=${lang}>
              <cx-satisfaction-survey
                preset=${preset}
                mode=${lang === 'en' ? 'customer' : 'agent'}
              ></cx-satisfaction-survey>
            </div>`,
          );
          const el = wrapper.querySelector('cx-satisfaction-survey')!;
          await el.updateComplete;
          expect(shadow(el).querySelectorAll('[data-question]').length, preset).to.be.greaterThan(0);
          await expect(el).to.be.accessible();
        }
      }
    });
  });
});
