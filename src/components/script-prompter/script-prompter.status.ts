import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import type { ScriptIssue } from '../../services/script-engine/index.js';
import type { ScriptLoadFailure } from '../../translations/script-prompter.js';
import type { ScriptText } from './script-prompter.text.js';

/** Most issues listed on screen; the rest are counted. */
const MAX_LISTED_ISSUES = 50;

/** Why the script at `src` could not be loaded, with a retry. */
export function loadErrorTemplate(
  localize: LocalizeController,
  failure: { readonly reason: ScriptLoadFailure; readonly status: string },
  retry: () => void,
): TemplateResult {
  return html`<div class="error" part="problem" role="alert">
    <p>${localize.term('scriptLoadFailed', failure.reason, failure.status)}</p>
    <button type="button" part="button" @click=${retry}>${localize.term('retry')}</button>
  </div>`;
}

/** What is wrong with an invalid script: the first issues, each with its kind, step and place. */
export function issuesTemplate(
  localize: LocalizeController,
  text: ScriptText,
  issues: readonly ScriptIssue[],
): TemplateResult {
  return html`<div class="invalid" part="issues" role="alert">
    <h2 class="title">${localize.term('scriptInvalidTitle')}</h2>
    <p>${localize.term('scriptInvalidIntro', issues.length)}</p>
    <ol class="issues">
      ${issues.slice(0, MAX_LISTED_ISSUES).map(
        (issue) =>
          html`<li>
            <span class="issue-kind">${text.issueName(issue.code)}</span>
            ${issue.stepId ? html` <span class="issue-step">${localize.term('scriptIssueStep', issue.stepId)}</span>` : nothing}
            <span class="issue-message" lang="en">${issue.message}</span>
            ${issue.path ? html` <code class="issue-path">${localize.term('scriptIssueAt', issue.path)}</code>` : nothing}
          </li>`,
      )}
    </ol>
    ${issues.length > MAX_LISTED_ISSUES ? html`<p>${localize.term('scriptMoreIssues', issues.length - MAX_LISTED_ISSUES)}</p>` : nothing}
  </div>`;
}
