import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssVars } from '../../internal/css-vars.js';
import type { RunView } from './script-prompter.view.js';

/** A path longer than this shows its first step, a fold and the latest steps. */
const PATH_FOLD_AT = 12;
/** Latest steps shown under the fold. */
const PATH_TAIL = 8;

/** The script's title and the progress bar. */
export function headerTemplate({ runner, localize, progress }: RunView): TemplateResult {
  const script = runner.compiled.script;
  const { visited, remaining } = progress;
  const total = visited + (Number.isFinite(remaining) ? remaining : 0);
  const progressText = localize.term('scriptProgress', visited, remaining);
  return html`<header class="header" part="header">
    <h2 class="title" lang=${script.locale}>${script.title}</h2>
    <div class="progress">
      <div
        class="bar"
        part="progress"
        role="progressbar"
        aria-valuemin="0"
        aria-valuemax=${total}
        aria-valuenow=${visited}
        aria-valuetext=${progressText}
        aria-label=${localize.term('scriptProgressLabel')}
      >
        <span ${cssVars({ '--_progress': (total > 0 ? visited / total : 0).toFixed(4) })}></span>
      </div>
      <span class="progress-text" aria-hidden="true">${progressText}</span>
    </div>
  </header>`;
}

/** The path so far: each earlier step a way back to it; a long path folded after its first step. */
export function pathTemplate(view: RunView): TemplateResult {
  const { runner, localize, text, on } = view;
  const { path, skipped } = runner.state;
  const last = path.length - 1;
  // A long path shows its first step and the latest ones; the agent can open the rest.
  const folded = !view.pathExpanded && path.length > PATH_FOLD_AT;
  const shownFrom = folded ? path.length - PATH_TAIL : 1;
  const item = (id: string, index: number): TemplateResult => {
    const title = text.stepTitle(runner.compiled.step(id)!);
    const wasSkipped = index < last && Object.prototype.hasOwnProperty.call(skipped, id);
    const current = index === last;
    // One template for past and current items: a step change turns one item into a link and adds
    // one, instead of re-creating the previous current item.
    return html`<li
      value=${index + 1}
      class=${classMap({ current, skipped: wasSkipped })}
      aria-current=${current ? 'step' : nothing}
    >
      <button
        type="button"
        class="path-step"
        aria-disabled=${current ? 'true' : nothing}
        @click=${() => on.goBackTo(index)}
      >
        ${title}
      </button>
      ${current ? html`<span class="visually-hidden">${localize.term('scriptCurrentStep')}</span>` : nothing}
    </li>`;
  };
  return html`<nav class="path" part="path" aria-label=${localize.term('scriptPath')}>
    <h3 class="path-title">${localize.term('scriptPath')}</h3>
    <ol lang=${view.locale}>
      ${item(path[0]!, 0)}
      ${
        folded
          ? html`<li class="fold" value="2">
              <button type="button" class="path-step" @click=${on.expandPath}>
                ${localize.term('scriptPathShowAll', shownFrom - 1)}
              </button>
            </li>`
          : nothing
      }
      ${repeat(
        path.slice(shownFrom),
        // Keyed by position: a step change adds one item and drops one, the others stay as they are.
        (_, offset) => shownFrom + offset,
        (id, offset) => item(id, shownFrom + offset),
      )}
    </ol>
  </nav>`;
}
