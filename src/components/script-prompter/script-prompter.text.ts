import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import type { PiiRevealController } from '../../internal/pii-reveal.js';
import {
  formatValue,
  type AnswerProblem,
  type AnswerValue,
  type Blocker,
  type ScriptRunner,
  type ScriptStep,
  type TextSegment,
} from '../../services/script-engine/index.js';
import {
  scriptPrompterEn,
  scriptPrompterZhCN,
  type ScriptPrompterTerms,
} from '../../translations/script-prompter.js';

/**
 * The words of a running script in the agent's language: step titles, why a move is refused, answer
 * problems, answers, and the script's texts with their placeholders filled in — personal values
 * masked unless the agent revealed them. Reads the run and the language as they are when asked.
 */
export class ScriptText {
  constructor(
    private readonly localize: LocalizeController,
    private readonly pii: PiiRevealController,
    private readonly runner: () => ScriptRunner | undefined,
  ) {}

  /** A step's title: its own, else its filled-in label (action, confirm), else its kind. */
  stepTitle(step: ScriptStep): string {
    if (step.title) return step.title;
    const label = step.kind === 'action' || step.kind === 'confirm' ? step.label : undefined;
    return label ? this.plainText(label) : this.localize.term('scriptStepKind', step.kind);
  }

  actionName(action: string): string {
    return this.localize.codeLabel('scriptActions', action, (readable) =>
      this.localize.term('scriptActionUnknown', readable),
    );
  }

  outcomeName(outcome: string): string {
    return this.localize.codeLabel('scriptOutcomes', outcome, (readable) =>
      this.localize.term('scriptOutcomeUnknown', readable),
    );
  }

  issueName(code: string): string {
    return this.localize.codeLabel('scriptIssueCodes', code, (readable) =>
      this.localize.term('scriptIssueUnknown', readable),
    );
  }

  blockerText(blocker: Blocker): string {
    const term = this.localize;
    const step = this.runner()?.compiled.step(blocker.stepId);
    switch (blocker.code) {
      case 'answer-required':
        return term.term('scriptBlockAnswer');
      case 'answer-invalid':
        return blocker.problem ? this.problemText(step, blocker.problem) : blocker.message;
      case 'confirm-required':
        return term.term('scriptBlockConfirm');
      case 'action-required':
        return term.term('scriptBlockAction');
      case 'gate-closed':
        return term.term(
          'scriptBlockGate',
          step?.kind === 'gate' ? this.plainText(step.text) : blocker.message,
        );
      case 'required-step-missing':
        return term.term('scriptBlockRequiredStep', step ? this.stepTitle(step) : blocker.stepId);
      case 'reason-required':
        return term.term('scriptSkipReasonNeeded');
      case 'not-skippable':
        return term.term('scriptBlockNotSkippable');
      case 'at-start':
        return term.term('scriptBlockAtStart');
      case 'no-way-on':
        return term.term('scriptBlockNoWayOn');
      case 'finished':
        return term.term('scriptBlockFinished');
      default:
        return term.term('scriptBlockOther');
    }
  }

  problemText(step: ScriptStep | undefined, problem: AnswerProblem): string {
    if (
      problem.code === 'pattern' &&
      step?.kind === 'ask' &&
      step.input.type === 'text' &&
      step.input.patternHint
    )
      return step.input.patternHint;
    return this.localize.term(
      'scriptProblem',
      problem.code,
      problem.limit === undefined ? '' : String(problem.limit),
    );
  }

  /** A text of the script with its placeholders filled in, yes/no values in the script's language. */
  segmentsOf(template: string | undefined): TextSegment[] {
    return this.runner()?.render(template, { boolean: this.scriptBoolean, values: true }) ?? [];
  }

  /** Yes or No in the script's language (the text around it is), else in the agent's. */
  private readonly scriptBoolean = (value: boolean): string => {
    const language = this.runner()?.compiled.script.locale.toLowerCase().split('-')[0];
    const terms: ScriptPrompterTerms | undefined =
      language === 'zh' ? scriptPrompterZhCN : language === 'en' ? scriptPrompterEn : undefined;
    if (terms) return value ? terms.scriptYes : terms.scriptNo;
    return this.localize.term(value ? 'scriptYes' : 'scriptNo');
  };

  /**
   * A template as one string, for labels, titles and announcements: missing values as their path in
   * brackets, personal values masked unless the agent revealed them.
   */
  plainText(template: string): string {
    return this.segmentsOf(template)
      .map((segment) =>
        'missing' in segment
          ? `[${segment.missing}]`
          : segment.path === undefined
            ? segment.text
            : this.pii.shownText(segment.text, segment.path),
      )
      .join('');
  }

  /**
   * A template filled in: missing values as a chip, personal values masked. Where the text is not
   * inside a control (`interactive`), each personal value has a button to show it.
   */
  segments(template: string | undefined, interactive = false): Array<TemplateResult | string> {
    return this.segmentsOf(template).map((segment) =>
      'missing' in segment
        ? html`<span class="placeholder" part="placeholder"
            ><span class="visually-hidden">${this.localize.term('scriptMissingValue')} </span
            >${segment.missing}</span
          >`
        : segment.path === undefined
          ? segment.text
          : this.pii.text(segment.text, segment.path, undefined, { button: interactive ? 'full' : 'none' }),
    );
  }

  /** Script text keeps its line breaks; the template's own whitespace around it does not count. */
  lines(template: string): TemplateResult {
    return html`<span class="lines">${this.segments(template, true)}</span>`;
  }

  /** An answer as the agent reads it in the summary (option labels, yes / no, masked personal values). */
  answerText(step: ScriptStep | undefined, value: AnswerValue): string {
    const yesNo = (yes: boolean): string => this.localize.term(yes ? 'scriptYes' : 'scriptNo');
    if (step?.kind === 'ask' && step.input.type === 'choice') {
      const options = step.input.options;
      const label = (item: string) => options.find((option) => option.value === item)?.label ?? item;
      return Array.isArray(value) ? value.map(label).join(', ') : label(String(value));
    }
    if (step?.kind === 'confirm' && value === true) return this.localize.term('scriptConfirmed');
    if (typeof value === 'boolean') return yesNo(value);
    return this.pii.shownText(formatValue(value) ?? '', `answers.${step?.id ?? ''}`);
  }
}
