import { CxScriptPrompter } from './script-prompter.component.js';

export * from './script-prompter.component.js';

CxScriptPrompter.define();

declare global {
  interface HTMLElementTagNameMap {
    'cx-script-prompter': CxScriptPrompter;
  }
}
