import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RunView } from './script-prompter.view.js';

/** Back, skip (with its reason form) and next; at an end step, finish and what still blocks it. */
export function controlsTemplate(view: RunView): TemplateResult {
  const { step, localize, on } = view;
  const back =
    view.runner.state.path.length > 1
      ? html`<button type="button" part="button" @click=${on.back}>${localize.term('scriptBack')}</button>`
      : nothing;
  if (step.kind === 'end') {
    const blockers = view.finishBlockers;
    const blocked = blockers.length > 0;
    return html`<div class="controls" part="controls">
        ${back}
        <button
          type="button"
          class="primary"
          part="button"
          aria-disabled=${blocked ? 'true' : 'false'}
          aria-describedby=${ifDefined(blocked ? 'finish-blockers' : undefined)}
          @click=${on.finish}
        >
          ${localize.term('scriptFinish')}
        </button>
      </div>
      ${
        blocked
          ? html`<div class="blockers" part="blockers" id="finish-blockers">
              <p>${localize.term('scriptFinishBlocked')}</p>
              <ul>
                ${blockers.map((blocker) => html`<li>${view.text.blockerText(blocker)}</li>`)}
              </ul>
            </div>`
          : nothing
      }`;
  }
  const canSkip = step.kind !== 'gate' && step.skippable === true && step.required !== true;
  const { open, error } = view.skip;
  return html`<div class="controls" part="controls">
      ${back}
      ${
        canSkip
          ? html`<button
              type="button"
              part="button"
              aria-expanded=${open ? 'true' : 'false'}
              @click=${() => on.toggleSkip(!open)}
            >
              ${localize.term('scriptSkip')}
            </button>`
          : nothing
      }
      <button type="button" class="primary" part="button" @click=${on.next}>
        ${localize.term('scriptNext')}
      </button>
    </div>
    ${
      canSkip && open
        ? html`<div class="skip">
            <label for="skip-reason">${localize.term('scriptSkipReason')}</label>
            <input
              id="skip-reason"
              data-role="skip-reason"
              part="input"
              maxlength="500"
              autocomplete="off"
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${ifDefined(error ? 'skip-problem' : undefined)}
              ?data-focus-target=${open}
            />
            ${error ? html`<p class="problem" part="problem" id="skip-problem">${localize.term('scriptSkipReasonNeeded')}</p>` : nothing}
            <span class="skip-buttons">
              <button type="button" part="button" @click=${on.submitSkip}>
                ${localize.term('scriptSkipConfirm')}
              </button>
              <button type="button" part="button" @click=${() => on.toggleSkip(false)}>
                ${localize.term('scriptSkipCancel')}
              </button>
            </span>
          </div>`
        : nothing
    }`;
}
