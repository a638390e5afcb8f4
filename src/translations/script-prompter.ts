// Terms of <cx-script-prompter>, in every shipped language. Keys start with the widget's prefix.

/** What <cx-script-prompter> shows. */
export interface ScriptPrompterTerms {
  scriptRegionLabel: string;
}

/** English. */
export const scriptPrompterEn: ScriptPrompterTerms = {
  scriptRegionLabel: 'Call script',
};

/** Simplified Chinese. */
export const scriptPrompterZhCN: ScriptPrompterTerms = {
  scriptRegionLabel: '通话脚本',
};
