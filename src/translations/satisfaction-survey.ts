// Terms of <cx-satisfaction-survey>, in every shipped language. Keys start with the widget's prefix.

/** What <cx-satisfaction-survey> shows. */
export interface SurveyTerms {
  surveyRegionLabel: string;
}

/** English. */
export const surveyEn: SurveyTerms = {
  surveyRegionLabel: 'Satisfaction survey',
};

/** Simplified Chinese. */
export const surveyZhCN: SurveyTerms = {
  surveyRegionLabel: '满意度调查',
};
