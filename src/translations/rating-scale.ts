// Terms of <cx-rating-scale>, in every shipped language. Keys start with the element's prefix.
// zh-CN uses full-width punctuation.

/** What <cx-rating-scale> says. */
export interface RatingScaleTerms {
  /** The name of a star ("3 of 5 stars"). */
  ratingStars: (value: number, max: number) => string;
  /** The name of a face, from very dissatisfied to very satisfied, by its place on the scale. */
  ratingFace: (index: number, points: number) => string;
  /** Joins an option's name and its end label ("1 of 5 stars, Very dissatisfied"). */
  ratingListSeparator: string;
  /** The form's message while a required scale has no option chosen. */
  ratingRequired: string;
}

const enFaces = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'];
const zhFaces = ['非常不满意', '不满意', '一般', '满意', '非常满意'];

/** Which of the five face words a point of a 2- to 5-point scale gets. */
export function faceWordIndex(index: number, points: number): number {
  if (points <= 1) return 2;
  return Math.round((index / (points - 1)) * 4);
}

/** English. */
export const ratingScaleEn: RatingScaleTerms = {
  ratingStars: (value, max) => `${value} of ${max} ${max === 1 ? 'star' : 'stars'}`,
  ratingFace: (index, points) => enFaces[faceWordIndex(index, points)]!,
  ratingListSeparator: ', ',
  ratingRequired: 'Please choose one of the options.',
};

/** Simplified Chinese. */
export const ratingScaleZhCN: RatingScaleTerms = {
  ratingStars: (value, max) => `${value} 星（共 ${max} 星）`,
  ratingFace: (index, points) => zhFaces[faceWordIndex(index, points)]!,
  ratingListSeparator: '，',
  ratingRequired: '请选择其中一项。',
};
