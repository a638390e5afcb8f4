import { CxEvent } from './cx-event.js';

/** Detail of `cx-script-phrase-warning`. */
export interface CxScriptPhraseWarningDetail {
  /** The phrase found. */
  readonly phrase: string;
  /** A positive alternative to say instead. */
  readonly suggestion: string;
  /** Where it starts in the draft (UTF-16 index). */
  readonly index: number;
}

/** The agent's draft reply contains a prohibited phrase; the widget shows the suggested alternative. */
export class CxScriptPhraseWarningEvent extends CxEvent<CxScriptPhraseWarningDetail> {
  static readonly eventName = 'cx-script-phrase-warning';
  constructor(detail: CxScriptPhraseWarningDetail) {
    super(CxScriptPhraseWarningEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-script-phrase-warning': CxScriptPhraseWarningEvent;
  }
}
