import { CxEvent } from './cx-event.js';

/** Detail of `cx-interaction-feed-near-end`. */
export interface CxInteractionFeedNearEndDetail {
  /** How many items the feed holds now. */
  readonly loaded: number;
  /** The last article on screen (or the one that took focus), counted from 0. */
  readonly index: number;
}

/**
 * The agent came within a few articles of the end of what the feed holds (scrolling, or moving focus)
 * while there is more: the host loads the next page and adds it to `history`.
 */
export class CxInteractionFeedNearEndEvent extends CxEvent<CxInteractionFeedNearEndDetail> {
  static readonly eventName = 'cx-interaction-feed-near-end';
  constructor(detail: CxInteractionFeedNearEndDetail) {
    super(CxInteractionFeedNearEndEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-interaction-feed-near-end': CxInteractionFeedNearEndEvent;
  }
}
