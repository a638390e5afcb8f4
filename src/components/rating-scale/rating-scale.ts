import { CxRatingScale } from './rating-scale.component.js';

export * from './rating-scale.component.js';

CxRatingScale.define();

declare global {
  interface HTMLElementTagNameMap {
    'cx-rating-scale': CxRatingScale;
  }
}
