// The options a rating, yes-no or single-choice question shows in its <cx-rating-scale>: the answer
// values the survey keeps, and the scale's options (their values as text, with labels for words).
import * as model from '../../services/survey/model.js';
import type { RatingScaleOption } from '../rating-scale/rating-scale.component.js';

/** The value of one option of a rating, yes-no or single-choice question. */
export type OptionValue = number | boolean | string;

/** The answer values of `question` and the scale's options for them; `yes` / `no` name a yes-no's options. */
export function scaleOf(
  question: model.SurveyQuestion,
  yes: string,
  no: string,
): { values: OptionValue[]; options: RatingScaleOption[] } {
  const scale = model.scaleOf(question);
  if (scale) {
    const values = Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index);
    return { values, options: values.map((value) => ({ value: String(value) })) };
  }
  if (question.type === 'yes-no') {
    return {
      values: [true, false],
      options: [
        { value: 'true', label: question.yesLabel ?? yes },
        { value: 'false', label: question.noLabel ?? no },
      ],
    };
  }
  const choices = question.type === 'single-choice' ? question.choices : [];
  return { values: choices.map((choice) => choice.value), options: [...choices] };
}
