import type { LocalizeController } from '../../internal/localize.js';
import type {
  AnswerProblem,
  AskStep,
  Blocker,
  ScriptRunner,
  ScriptStep,
} from '../../services/script-engine/index.js';
import type { ScriptText } from './script-prompter.text.js';

/** What the parts of the prompter call when the agent acts: the widget's own handlers. */
export interface PrompterActions {
  back(): void;
  next(): void;
  finish(): void;
  restart(): void;
  retry(): void;
  toggleSkip(open: boolean): void;
  submitSkip(): void;
  goBackTo(index: number): void;
  expandPath(): void;
  confirm(event: Event): void;
  action(): void;
  text(step: AskStep, event: Event): void;
  choice(step: AskStep, value: string, checked: boolean): void;
  keydown(event: KeyboardEvent): void;
}

/** A running script as its parts show it, worked out before each render (`willUpdate`). */
export interface RunView {
  readonly localize: LocalizeController;
  readonly text: ScriptText;
  readonly runner: ScriptRunner;
  readonly step: ScriptStep;
  /** The script's language, for its texts. */
  readonly locale: string;
  /** Steps visited so far, and the fewest still ahead to an end. */
  readonly progress: { readonly visited: number; readonly remaining: number };
  /** What the agent typed at the step, else its answer. */
  readonly raw: string;
  /** The problem of the typed answer, once shown. */
  readonly problem: AnswerProblem | undefined;
  /** Why the last move from this step was refused, where that is not the answer's or skip's own problem. */
  readonly blocked: Blocker | undefined;
  /** What still stops finishing (at an end step). */
  readonly finishBlockers: readonly Blocker[];
  /** The skip form: open, and whether its reason was missing. */
  readonly skip: { readonly open: boolean; readonly error: boolean };
  /** Whether the agent unfolded a long path. */
  readonly pathExpanded: boolean;
  readonly on: PrompterActions;
}
