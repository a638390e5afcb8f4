import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizeController } from '../../internal/localize.js';
import type { PiiRevealController } from '../../internal/pii-reveal.js';
import type { CompiledScript, CompletionRecord } from '../../services/script-engine/index.js';
import type { ScriptText } from './script-prompter.text.js';

/** What the summary of a completed script shows. */
export interface CompletionView {
  readonly localize: LocalizeController;
  readonly text: ScriptText;
  readonly pii: PiiRevealController;
  readonly record: CompletionRecord;
  readonly compiled: CompiledScript | undefined;
  readonly restart: () => void;
}

/** The summary once the script is complete: outcome, each step with its answer or skip reason, restart. */
export function completionTemplate(view: CompletionView): TemplateResult {
  const { localize, text, record, compiled } = view;
  return html`<div class="complete" part="complete">
    <h2 class="title" tabindex="-1" data-focus-target>${localize.term('scriptComplete')}</h2>
    ${compiled ? html`<p lang=${compiled.script.locale}>${compiled.script.title}</p>` : nothing}
    ${record.outcome ? html`<p>${localize.term('scriptCompleteOutcome', text.outcomeName(record.outcome))}</p>` : nothing}
    <p>${localize.term('scriptCompleteSteps', record.path.length, record.skipped.length)}</p>
    <ol class="summary" lang=${ifDefined(compiled?.script.locale)}>
      ${record.path.map((id) => {
        const step = compiled?.step(id);
        const value = record.answers[id];
        const skip = record.skipped.find((entry) => entry.stepId === id);
        return html`<li>
          <span class="summary-step">${step ? text.stepTitle(step) : id}</span>${
            value !== undefined
              ? html`${localize.term('scriptSummarySeparator')}<span class="summary-answer"
                    >${text.answerText(step, value)}</span
                  >`
              : nothing
          }${skip ? html` <span class="summary-skip">${localize.term('scriptSummarySkipped', view.pii.shownText(skip.reason, ''))}</span>` : nothing}
        </li>`;
      })}
    </ol>
    <button type="button" part="button" @click=${view.restart}>${localize.term('scriptRestart')}</button>
  </div>`;
}
