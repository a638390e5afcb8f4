// Terms of <cx-masked-value>, in every shipped language. Keys start with the element's prefix.
import type { PiiKind } from '../services/pii/index.js';

/** What <cx-masked-value> says when its widget does not give it words of its own. */
export interface MaskedValueTerms {
  /** The name of a kind of personal value, e.g. "phone number". */
  maskedValueKind: (kind: PiiKind) => string;
  /** Visible text of the button inside running text (its accessible name says what it shows). */
  maskedValueShowShort: string;
  /** … and of hiding the value again. */
  maskedValueHideShort: string;
  maskedValueShow: (label: string) => string;
  maskedValueHide: (label: string) => string;
  /** Said where the reveal was refused. */
  maskedValueDenied: (label: string) => string;
  /** Announced after a reveal, with the value the agent asked to hear. */
  maskedValueRevealed: (label: string, value: string) => string;
}

export const maskedValueEn: MaskedValueTerms = {
  maskedValueKind: (kind) =>
    ({
      phone: 'phone number',
      idNumber: 'ID number',
      email: 'e-mail address',
      account: 'account number',
      address: 'address',
    })[kind],
  maskedValueShowShort: 'Show',
  maskedValueHideShort: 'Hide',
  maskedValueShow: (label) => `Show ${label}`,
  maskedValueHide: (label) => `Hide ${label}`,
  maskedValueDenied: (label) => `Showing the ${label} is not allowed`,
  maskedValueRevealed: (label, value) => `Shown, ${label}: ${value}`,
};

export const maskedValueZhCN: MaskedValueTerms = {
  maskedValueKind: (kind) =>
    ({ phone: '电话号码', idNumber: '证件号码', email: '电子邮箱', account: '账号', address: '地址' })[kind],
  maskedValueShowShort: '显示',
  maskedValueHideShort: '隐藏',
  maskedValueShow: (label) => `显示${label}`,
  maskedValueHide: (label) => `隐藏${label}`,
  maskedValueDenied: (label) => `无权查看${label}`,
  maskedValueRevealed: (label, value) => `已显示${label}：${value}`,
};
