import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { AskStep, ScriptStep } from '../../services/script-engine/index.js';
import { controlsTemplate } from './script-prompter.controls.js';
import { checkIcon, hourglassIcon } from './script-prompter.icons.js';
import type { RunView } from './script-prompter.view.js';

/** The current step: heading, badges, text, its input or action, why it is blocked, what comes next, the controls. */
export function stepTemplate(view: RunView): TemplateResult {
  const { step, localize } = view;
  return html`<article
    class=${classMap({
      step: true,
      [`step--${step.kind}`]: true,
      'step--verbatim': step.kind === 'say' && step.verbatim === true,
    })}
    part="step"
    lang=${view.locale}
  >
    <h3 class="step-heading" part="step-heading" tabindex="-1" ?data-focus-target=${!view.skip.open}>
      ${localize.term('scriptStepHeading', view.progress.visited, view.text.stepTitle(step))}
    </h3>
    ${badges(view)} ${body(view)} ${blocked(view)} ${upcoming(view)} ${controlsTemplate(view)}
  </article>`;
}

function badges({ step, localize }: RunView): TemplateResult | typeof nothing {
  const verbatim = step.kind === 'say' && step.verbatim === true;
  const required = step.kind !== 'end' && step.required === true;
  if (!verbatim && !required) return nothing;
  return html`<p class="badges">
    ${verbatim ? html`<span class="badge badge--verbatim" part="badge">${localize.term('scriptVerbatim')}</span>` : nothing}
    ${required ? html`<span class="badge badge--required" part="badge">${localize.term('scriptRequired')}</span>` : nothing}
  </p>`;
}

function body(view: RunView): TemplateResult {
  const { step, runner, text, localize, on } = view;
  const textPart =
    step.text === undefined
      ? nothing
      : step.kind === 'say' && step.verbatim === true
        ? html`<blockquote class="text verbatim-text" part="step-text" id="step-text">
            ${text.lines(step.text)}
          </blockquote>`
        : html`<p class="text" part="step-text" id="step-text">${text.lines(step.text)}</p>`;
  switch (step.kind) {
    case 'ask':
      return html`${textPart}${input(view, step)}`;
    case 'confirm': {
      const checked = runner.answerOf(step.id) === true;
      return html`${textPart}
        <label class=${classMap({ confirm__label: true, 'confirm__label--checked': checked })}>
          <input type="checkbox" part="input" .checked=${live(checked)} @change=${on.confirm} />
          <span>${text.segments(step.label)}</span>
        </label>`;
    }
    case 'action': {
      const result = runner.answerOf(step.id);
      return html`${textPart}
      ${
        result === undefined
          ? html`<button type="button" class="action" part="button action" @click=${on.action}>
              ${step.label ? text.segments(step.label) : text.actionName(step.action)}
            </button>`
          : html`<p class="done" role="status">
              ${checkIcon}<span>${localize.term('scriptActionDone', String(result))}</span>
            </p>`
      }`;
    }
    case 'gate': {
      const open = runner.blocker() === null;
      return html`${textPart}
        <p
          class=${classMap({ gate__line: true, 'gate__line--open': open, 'gate__line--closed': !open })}
          part="gate"
          role="status"
        >
          ${open ? checkIcon : hourglassIcon}<span
            >${localize.term(open ? 'scriptGateOpen' : 'scriptGateClosed')}</span
          >
        </p>`;
    }
    default:
      return textPart as TemplateResult;
  }
}

/** The answer input of an ask step: options (choice, yes / no) or a field, with its problem. */
function input(view: RunView, step: AskStep): TemplateResult {
  const { localize, text, on, problem } = view;
  const input = step.input;
  const describedBy = problem ? 'input-problem' : undefined;
  const label = input.label ? text.segments(input.label) : undefined;
  const labelText = label ?? text.plainText(step.text);
  const optional =
    input.required === false
      ? html` <span class="optional">${localize.term('scriptOptional')}</span>`
      : nothing;
  const problemLine = problem
    ? html`<p class="problem" part="problem" id="input-problem">${text.problemText(step, problem)}</p>`
    : nothing;
  if (input.type === 'choice' || input.type === 'yes-no') {
    const answer = view.runner.answerOf(step.id);
    const options =
      input.type === 'choice'
        ? input.options
        : [
            { value: 'yes', label: localize.term('scriptYes') },
            { value: 'no', label: localize.term('scriptNo') },
          ];
    const multiple = input.type === 'choice' && input.multiple === true;
    const isChecked = (value: string): boolean =>
      input.type === 'yes-no'
        ? answer === (value === 'yes')
        : Array.isArray(answer)
          ? answer.includes(value)
          : answer === value;
    return html`<fieldset class="choices" aria-describedby=${ifDefined(describedBy)}>
        <legend class=${label ? 'label' : 'visually-hidden'}>${labelText}${optional}</legend>
        ${options.map(
          (option, index) =>
            html`<label class=${classMap({ choice: true, 'choice--checked': isChecked(option.value) })}>
              <input
                type=${multiple ? 'checkbox' : 'radio'}
                name="answer"
                part="input"
                .value=${option.value}
                .checked=${live(isChecked(option.value))}
                @change=${(event: Event) =>
                  on.choice(step, option.value, (event.target as HTMLInputElement).checked)}
              />
              ${index < 9 ? html`<kbd aria-hidden="true">${index + 1}</kbd>` : nothing}
              <span>${option.label}</span>
            </label>`,
        )}
      </fieldset>
      ${problemLine}`;
  }
  const invalid = problem ? 'true' : 'false';
  // The field's typing and its change (leaving it) both reach the row: one listener for either field.
  const onText = (event: Event): void => on.text(step, event);
  const field =
    input.type === 'text' && input.multiline === true
      ? html`<textarea
          id="answer"
          part="input"
          rows="3"
          maxlength=${ifDefined(input.maxLength)}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describedBy)}
          ?required=${input.required !== false}
          .value=${live(view.raw)}
        ></textarea>`
      : html`<input
          id="answer"
          part="input"
          type=${input.type}
          inputmode=${ifDefined(input.type === 'number' ? (input.integer ? 'numeric' : 'decimal') : undefined)}
          min=${ifDefined(input.type === 'number' || input.type === 'date' ? input.min : undefined)}
          max=${ifDefined(input.type === 'number' || input.type === 'date' ? input.max : undefined)}
          step=${ifDefined(input.type === 'number' ? (input.integer ? '1' : 'any') : undefined)}
          maxlength=${ifDefined(input.type === 'text' ? input.maxLength : undefined)}
          autocomplete="off"
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describedBy)}
          ?required=${input.required !== false}
          .value=${live(view.raw)}
        />`;
  return html`<div class="field">
    <label for="answer" class=${label ? 'label' : 'visually-hidden'}>${labelText}${optional}</label>
    <span class="input-row" @input=${onText} @change=${onText}
      >${field}${input.type === 'number' && input.unit ? html`<span class="unit">${input.unit}</span>` : nothing}</span
    >
    ${input.type === 'text' && input.patternHint && !problem ? html`<p class="hint">${input.patternHint}</p>` : nothing}
    ${problemLine}
  </div>`;
}

/** Why the last move was refused, unless the answer's or the skip reason's own line says it. */
function blocked({ blocked, step, text }: RunView): TemplateResult | typeof nothing {
  if (
    !blocked ||
    blocked.stepId !== step.id ||
    blocked.code === 'answer-invalid' ||
    blocked.code === 'reason-required'
  )
    return nothing;
  return html`<p class="problem" part="problem" id="blocked">${text.blockerText(blocked)}</p>`;
}

/** What comes next: a step, the finish, or "depends on the answer". */
function upcoming({ step, runner, text, localize }: RunView): TemplateResult | typeof nothing {
  if (step.kind === 'end') return nothing;
  const next = runner.upcoming();
  const target: ScriptStep | undefined = next ? runner.compiled.step(next) : undefined;
  const words = target
    ? target.kind === 'end'
      ? localize.term('scriptUpcomingFinish')
      : localize.term('scriptUpcoming', text.stepTitle(target))
    : localize.term('scriptUpcomingPending');
  return html`<p class="upcoming" part="upcoming">${words}</p>`;
}
