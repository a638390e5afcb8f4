import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import { arrowLeftIcon } from './script-prompter.icons.js';

/** The keyboard shortcuts help (what the widget's keydown handler does). */
export function shortcutsTemplate(localize: LocalizeController): TemplateResult {
  return html`<details class="shortcuts" part="shortcuts">
    <summary>${localize.term('scriptShortcuts')}</summary>
    <dl>
      <dt><kbd>Enter</kbd></dt>
      <dd>${localize.term('scriptShortcutNext')}</dd>
      <dt><kbd>Ctrl</kbd>+<kbd>Enter</kbd></dt>
      <dd>${localize.term('scriptShortcutNextMultiline')}</dd>
      <dt>
        <kbd>Alt</kbd>+<kbd
          >${arrowLeftIcon}<span class="visually-hidden">${localize.term('scriptKeyLeftArrow')}</span></kbd
        >
      </dt>
      <dd>${localize.term('scriptShortcutBack')}</dd>
      <dt><kbd>1</kbd>–<kbd>9</kbd></dt>
      <dd>${localize.term('scriptShortcutChoice')}</dd>
    </dl>
  </details>`;
}
