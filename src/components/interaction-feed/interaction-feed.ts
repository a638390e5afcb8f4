import { CxInteractionFeed } from './interaction-feed.component.js';

export * from './interaction-feed.component.js';

CxInteractionFeed.define();

declare global {
  interface HTMLElementTagNameMap {
    'cx-interaction-feed': CxInteractionFeed;
  }
}
