// Sample scripts in English and Simplified Chinese. Each scenario is written once; the two locales
// share the structure and differ only in text, so the branches cannot drift apart.
import type { Script, ScriptStep, ScriptVariable } from './model.js';

/** Locales the samples ship in. */
export type SampleLocale = 'en' | 'zh-CN';
/** Names of the sample scripts. */
export const SAMPLE_NAMES = [
  'greeting-identity',
  'data-usage-complaint',
  'bill-dispute',
  'network-fault',
  'port-out-retention',
  'closing-survey',
] as const;
/** A sample script name. */
export type SampleName = (typeof SAMPLE_NAMES)[number];

type Text = (en: string, zh: string) => string;

const identityVerified: ScriptVariable = {
  name: 'identityVerified',
  label: 'Identity verified',
  default: false,
};
const identityGate = (t: Text): ScriptStep => ({
  kind: 'gate',
  id: 'identity-gate',
  title: t('Identity check', '身份核验'),
  text: t(
    'Verify the caller’s identity (greeting script) before discussing any account detail.',
    '在告知任何账户信息之前，请先完成身份核验（问候与身份核验话术）。',
  ),
  condition: { path: 'vars.identityVerified', op: 'eq', value: true },
  required: true,
});

function greetingIdentity(t: Text): Omit<Script, 'id' | 'version' | 'locale'> {
  return {
    title: t('Greeting and identity check', '问候与身份核验'),
    variables: [{ name: 'operatorName', label: 'Operator', default: t('Telco', '通信') }],
    steps: [
      {
        kind: 'say',
        id: 'greet',
        title: t('Greeting', '问候'),
        text: t(
          'Good day, thank you for calling {{vars.operatorName}}. My name is {{agent.name}}, how may I help you?',
          '您好，欢迎致电{{vars.operatorName}}客服，我是{{agent.name}}，很高兴为您服务。',
        ),
      },
      {
        kind: 'say',
        id: 'recording-notice',
        title: t('Recording notice', '录音告知'),
        text: t(
          'This call is recorded for quality and training purposes.',
          '为了保证服务质量，本次通话将被录音。',
        ),
        verbatim: true,
        required: true,
      },
      {
        kind: 'ask',
        id: 'verification-method',
        title: t('Verification method', '核验方式'),
        text: t(
          'To protect your account, may I verify your identity? Which would you prefer?',
          '为了保障您的账户安全，需要先核实您的身份，请问您希望使用哪种方式？',
        ),
        input: {
          type: 'choice',
          options: [
            { value: 'sms-code', label: t('One-time code by SMS', '短信验证码') },
            { value: 'service-password', label: t('Service password', '服务密码') },
            { value: 'id-document', label: t('ID document number', '身份证件号码') },
          ],
        },
      },
      {
        kind: 'ask',
        id: 'identity-passed',
        title: t('Verification result', '核验结果'),
        text: t('Did the caller pass verification?', '客户是否通过身份核验？'),
        input: { type: 'yes-no' },
        next: [
          { when: { path: 'answers.identity-passed', op: 'eq', value: true }, goto: 'identity-confirmed' },
          { goto: 'not-verified' },
        ],
      },
      {
        kind: 'confirm',
        id: 'identity-confirmed',
        text: t(
          'Thank you, {{customer.name}}, your identity is verified.',
          '感谢您，{{customer.name}}，您的身份已核验通过。',
        ),
        label: t('I verified the caller’s identity', '我已核验来电客户身份'),
      },
      {
        kind: 'ask',
        id: 'reason',
        title: t('Reason for the call', '来电事由'),
        text: t('How may I help you today?', '请问有什么可以帮您？'),
        input: {
          type: 'choice',
          options: [
            { value: 'data-usage', label: t('Data usage', '流量使用') },
            { value: 'bill', label: t('Bill question or dispute', '账单疑问或争议') },
            { value: 'network', label: t('Network fault', '网络故障') },
            { value: 'port-out', label: t('Wants to port out', '携号转网') },
            { value: 'other', label: t('Something else', '其他') },
          ],
        },
        next: 'verified-end',
      },
      {
        kind: 'say',
        id: 'not-verified',
        text: t(
          'For your security I can share account details only after verification. I will do my best to help with general questions, or you can visit a store with your ID.',
          '为了保障您的账户安全，核验通过后才能为您查询账户信息。一般问题我会尽力帮助您，您也可以携带身份证件前往营业厅办理。',
        ),
        next: 'unverified-end',
      },
      { kind: 'end', id: 'verified-end', outcome: 'verified' },
      { kind: 'end', id: 'unverified-end', outcome: 'not-verified' },
    ],
  };
}

function dataUsageComplaint(t: Text): Omit<Script, 'id' | 'version' | 'locale'> {
  return {
    title: t('Data-usage complaint', '流量使用投诉'),
    variables: [identityVerified],
    steps: [
      identityGate(t),
      {
        kind: 'say',
        id: 'empathy',
        text: t(
          'I understand an unexpected data charge is worrying, {{customer.name}}. Let us look at your usage together.',
          '{{customer.name}}，我理解流量费用超出预期让您很着急，我们一起来看看您的使用情况。',
        ),
      },
      {
        kind: 'say',
        id: 'usage-summary',
        text: t(
          'Your plan {{customer.plan.name}} includes {{customer.plan.dataAllowance}}; this month you have used {{customer.usage.data}}.',
          '您的套餐{{customer.plan.name}}包含{{customer.plan.dataAllowance}}流量，本月已使用{{customer.usage.data}}。',
        ),
      },
      {
        kind: 'ask',
        id: 'issue',
        text: t('What does the customer say is wrong?', '客户反映的问题是？'),
        input: {
          type: 'choice',
          options: [
            { value: 'higher-than-expected', label: t('Usage higher than expected', '用量高于预期') },
            { value: 'throttled', label: t('Speed reduced', '网速被限') },
            { value: 'roaming', label: t('Roaming charges', '漫游费用') },
            { value: 'unknown-subscription', label: t('Service they did not order', '不知情定制') },
          ],
        },
        next: [
          {
            when: { path: 'answers.issue', op: 'eq', value: 'unknown-subscription' },
            goto: 'subscription-ticket',
          },
          { when: { path: 'answers.issue', op: 'eq', value: 'roaming' }, goto: 'roaming-pack' },
          { goto: 'usage-alert' },
        ],
      },
      {
        kind: 'action',
        id: 'subscription-ticket',
        action: 'open-ticket',
        text: t(
          'I will open a complaint about the subscription right away and follow it up for you.',
          '我马上为您登记不知情定制投诉，并全程跟进处理结果。',
        ),
        label: t('Open complaint ticket', '创建投诉工单'),
        params: { category: 'unwanted-subscription', customerId: '{{customer.id}}' },
        next: 'usage-end',
      },
      {
        kind: 'ask',
        id: 'roaming-pack',
        text: t(
          'A roaming data pack would make your next trip cheaper. Would you like me to add one?',
          '下次出行时使用漫游流量包会更划算，需要我为您办理吗？',
        ),
        input: { type: 'yes-no' },
        next: 'usage-end',
      },
      {
        kind: 'ask',
        id: 'usage-alert',
        text: t(
          'Certainly — I can set up an SMS alert at 80 % of your allowance. Would you like that?',
          '当然可以，我可以为您开通流量使用达到80%时的短信提醒，您需要吗？',
        ),
        input: { type: 'yes-no' },
        next: [
          { when: { path: 'answers.usage-alert', op: 'eq', value: true }, goto: 'alert-sms' },
          { goto: 'usage-end' },
        ],
      },
      {
        kind: 'action',
        id: 'alert-sms',
        action: 'send-sms',
        label: t('Send alert confirmation', '发送提醒开通短信'),
        params: { template: 'usage-alert-80', to: '{{customer.msisdn}}' },
      },
      { kind: 'end', id: 'usage-end', outcome: 'handled' },
    ],
  };
}

function billDispute(t: Text): Omit<Script, 'id' | 'version' | 'locale'> {
  return {
    title: t('Bill dispute', '账单争议'),
    variables: [identityVerified],
    steps: [
      identityGate(t),
      {
        kind: 'ask',
        id: 'bill-month',
        text: t('Which bill is in question?', '请问是哪个月的账单？'),
        input: {
          type: 'text',
          pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
          patternHint: t('Month as YYYY-MM, e.g. 2026-10', '请按“年-月”格式填写，例如 2026-10'),
          maxLength: 7,
        },
      },
      {
        kind: 'ask',
        id: 'item',
        text: t('Which charge does the customer dispute?', '客户对哪一项费用有异议？'),
        input: {
          type: 'choice',
          options: [
            { value: 'plan-fee', label: t('Monthly plan fee', '套餐月费') },
            { value: 'value-added', label: t('Value-added service', '增值业务') },
            { value: 'roaming', label: t('Roaming', '漫游') },
            { value: 'one-off', label: t('One-off charge', '一次性费用') },
          ],
        },
      },
      {
        kind: 'ask',
        id: 'amount',
        text: t('What amount is disputed?', '有异议的金额是多少？'),
        input: { type: 'number', min: 0, max: 100_000, unit: t('CNY', '元') },
      },
      {
        kind: 'say',
        id: 'dispute-notice',
        title: t('Dispute notice', '争议告知'),
        text: t(
          'While we review the disputed amount of {{answers.amount}}, your service will not be suspended for it. We will tell you the result within 3 working days.',
          '在核查您有异议的{{answers.amount}}元期间，我们不会因此暂停您的服务，核查结果将在3个工作日内告知您。',
        ),
        verbatim: true,
        required: true,
      },
      {
        kind: 'ask',
        id: 'resolved-now',
        text: t('Can the charge be corrected right now?', '该费用是否可以当场更正？'),
        input: { type: 'yes-no' },
        next: [
          { when: { path: 'answers.resolved-now', op: 'eq', value: true }, goto: 'credit' },
          { goto: 'dispute-ticket' },
        ],
      },
      {
        kind: 'action',
        id: 'credit',
        action: 'credit-adjustment',
        label: t('Apply credit', '调账'),
        params: { amount: '{{answers.amount}}', month: '{{answers.bill-month}}', item: '{{answers.item}}' },
        next: 'dispute-end',
      },
      {
        kind: 'action',
        id: 'dispute-ticket',
        action: 'open-ticket',
        label: t('Open billing dispute ticket', '创建账单争议工单'),
        params: {
          category: 'billing-dispute',
          amount: '{{answers.amount}}',
          month: '{{answers.bill-month}}',
        },
      },
      { kind: 'end', id: 'dispute-end', outcome: 'dispute-recorded' },
    ],
  };
}

function networkFault(t: Text): Omit<Script, 'id' | 'version' | 'locale'> {
  return {
    title: t('Network fault report', '网络故障报修'),
    variables: [identityVerified],
    steps: [
      identityGate(t),
      {
        kind: 'ask',
        id: 'location',
        text: t(
          'Where does the problem happen? (address or landmark)',
          '请问问题出现在什么位置？（地址或标志性建筑）',
        ),
        input: { type: 'text', minLength: 2, maxLength: 200 },
      },
      {
        kind: 'ask',
        id: 'since',
        text: t('Since when has it happened?', '问题从哪天开始出现？'),
        input: { type: 'date' },
      },
      {
        kind: 'ask',
        id: 'symptoms',
        text: t('What happens?', '具体是什么现象？'),
        input: {
          type: 'choice',
          multiple: true,
          options: [
            { value: 'no-signal', label: t('No signal', '无信号') },
            { value: 'slow-data', label: t('Slow data', '上网慢') },
            { value: 'call-drops', label: t('Calls drop', '通话掉线') },
            { value: 'no-volte', label: t('No HD voice (VoLTE)', '无法使用高清通话') },
          ],
        },
      },
      {
        kind: 'ask',
        id: 'device',
        text: t('Which phone model do you use?', '请问您使用的手机型号是？'),
        input: { type: 'text', maxLength: 100, required: false },
        skippable: true,
      },
      {
        kind: 'say',
        id: 'ticket-intro',
        text: t(
          'Thank you. I am opening a fault ticket so our network team can check {{answers.location}}.',
          '感谢您的配合，我马上为您创建故障工单，网络维护人员会对{{answers.location}}进行排查。',
        ),
      },
      {
        kind: 'action',
        id: 'fault-ticket',
        action: 'open-ticket',
        required: true,
        label: t('Open fault ticket', '创建故障工单'),
        params: {
          category: 'network-fault',
          location: '{{answers.location}}',
          since: '{{answers.since}}',
          symptoms: '{{answers.symptoms}}',
          device: '{{answers.device}}',
        },
      },
      {
        kind: 'end',
        id: 'fault-end',
        text: t(
          'Your ticket number is {{answers.fault-ticket}}. We will contact you within 24 hours.',
          '您的工单号是{{answers.fault-ticket}}，我们将在24小时内与您联系。',
        ),
        outcome: 'ticket-opened',
      },
    ],
  };
}

function portOutRetention(t: Text): Omit<Script, 'id' | 'version' | 'locale'> {
  return {
    title: t('Port-out retention', '携号转网挽留'),
    variables: [
      identityVerified,
      { name: 'offerId', label: 'Retention offer id', default: 'RET-30' },
      { name: 'offerName', label: 'Retention offer', default: t('30 % off for 12 months', '12个月月费七折') },
    ],
    steps: [
      identityGate(t),
      {
        kind: 'say',
        id: 'acknowledge',
        text: t(
          'I am sorry to hear you are thinking of leaving, {{customer.name}}. May I ask what made you consider it?',
          '{{customer.name}}，很遗憾听到您想转网，方便告诉我是什么原因吗？',
        ),
      },
      {
        kind: 'ask',
        id: 'port-reason',
        text: t('Main reason', '主要原因'),
        input: {
          type: 'choice',
          options: [
            { value: 'price', label: t('Price', '资费') },
            { value: 'coverage', label: t('Coverage', '信号覆盖') },
            { value: 'service', label: t('Service experience', '服务体验') },
            { value: 'other', label: t('Other', '其他') },
          ],
        },
        next: [
          { when: { path: 'answers.port-reason', op: 'eq', value: 'coverage' }, goto: 'coverage-ticket' },
          { goto: 'present-offer' },
        ],
      },
      {
        kind: 'action',
        id: 'coverage-ticket',
        action: 'open-ticket',
        label: t('Open coverage check', '创建覆盖核查工单'),
        params: { category: 'coverage-check', address: '{{customer.address}}' },
      },
      {
        kind: 'ask',
        id: 'present-offer',
        text: t(
          'As a valued customer you are eligible for {{vars.offerName}}. Would you like to stay with this offer?',
          '作为我们的老客户，您可以享受{{vars.offerName}}的优惠，您愿意保留号码继续使用吗？',
        ),
        input: { type: 'yes-no' },
        next: [
          { when: { path: 'answers.present-offer', op: 'eq', value: true }, goto: 'offer-terms' },
          { goto: 'port-rights' },
        ],
      },
      {
        kind: 'say',
        id: 'offer-terms',
        title: t('Offer terms', '优惠条款'),
        text: t(
          'The offer {{vars.offerName}} starts next month and lasts 12 months; you can cancel it at any time.',
          '{{vars.offerName}}优惠自下月起生效，有效期12个月，您可以随时取消。',
        ),
        verbatim: true,
      },
      {
        kind: 'confirm',
        id: 'offer-consent',
        text: t('Do you agree to these terms?', '请问您是否同意以上条款？'),
        label: t('The customer agreed on the recorded line', '客户已在录音中明确同意'),
      },
      {
        kind: 'action',
        id: 'apply-offer',
        action: 'apply-offer',
        label: t('Apply offer', '办理优惠'),
        params: { offerId: '{{vars.offerId}}', customerId: '{{customer.id}}' },
        next: 'retained-end',
      },
      {
        kind: 'say',
        id: 'port-rights',
        title: t('Porting rights', '转网权利告知'),
        text: t(
          'You have the right to keep your number when you change operator. I will send your port-out authorisation code by SMS.',
          '您有权携带号码转至其他运营商，我将通过短信为您发送携号转网授权码。',
        ),
        verbatim: true,
      },
      {
        kind: 'action',
        id: 'port-code',
        action: 'send-sms',
        label: t('Send authorisation code', '发送授权码'),
        params: { template: 'port-out-code', to: '{{customer.msisdn}}' },
        next: 'ported-end',
      },
      { kind: 'end', id: 'retained-end', outcome: 'retained' },
      { kind: 'end', id: 'ported-end', outcome: 'port-out-code-sent' },
    ],
  };
}

function closingSurvey(t: Text): Omit<Script, 'id' | 'version' | 'locale'> {
  return {
    title: t('Closing and survey invitation', '结束语与满意度邀请'),
    variables: [],
    steps: [
      {
        kind: 'ask',
        id: 'anything-else',
        text: t('Is there anything else I can help you with today?', '请问还有其他可以帮您的吗？'),
        input: { type: 'yes-no' },
        next: [
          { when: { path: 'answers.anything-else', op: 'eq', value: true }, goto: 'continue' },
          { when: { path: 'customer.surveyOptOut', op: 'eq', value: true }, goto: 'goodbye' },
          { goto: 'survey-invite' },
        ],
      },
      {
        kind: 'say',
        id: 'continue',
        text: t('Certainly, I will be glad to help.', '当然可以，很高兴继续为您服务。'),
        next: 'continue-end',
      },
      {
        kind: 'ask',
        id: 'survey-invite',
        text: t(
          'After this call you may receive a short SMS survey about my service. Would that be all right?',
          '稍后您可能会收到一条关于本次服务的满意度短信，麻烦您抽空评价，可以吗？',
        ),
        input: { type: 'yes-no' },
        next: [
          { when: { path: 'answers.survey-invite', op: 'eq', value: true }, goto: 'survey-sms' },
          { goto: 'goodbye' },
        ],
      },
      {
        kind: 'action',
        id: 'survey-sms',
        action: 'send-sms',
        label: t('Send survey', '发送满意度短信'),
        params: { template: 'csat-survey', to: '{{customer.msisdn}}', interactionId: '{{interaction.id}}' },
      },
      {
        kind: 'say',
        id: 'goodbye',
        text: t(
          'Thank you for calling, {{customer.name}}. Have a good day!',
          '感谢您的来电，{{customer.name}}，祝您生活愉快，再见！',
        ),
      },
      { kind: 'end', id: 'closed-end', outcome: 'closed' },
      { kind: 'end', id: 'continue-end', outcome: 'continue' },
    ],
  };
}

const BUILDERS: Record<SampleName, (t: Text) => Omit<Script, 'id' | 'version' | 'locale'>> = {
  'greeting-identity': greetingIdentity,
  'data-usage-complaint': dataUsageComplaint,
  'bill-dispute': billDispute,
  'network-fault': networkFault,
  'port-out-retention': portOutRetention,
  'closing-survey': closingSurvey,
};

/** A fresh copy of a sample script (id `<name>`, e.g. `bill-dispute`, in the given locale). */
export function sampleScript(name: SampleName, locale: SampleLocale = 'en'): Script {
  const t: Text = (en, zh) => (locale === 'zh-CN' ? zh : en);
  return { schemaVersion: 1, id: name, version: '1.0.0', locale, ...BUILDERS[name](t) };
}

/** Every sample script, per locale and name. */
export function sampleScripts(): Record<SampleLocale, Record<SampleName, Script>> {
  const build = (locale: SampleLocale): Record<SampleName, Script> =>
    Object.fromEntries(SAMPLE_NAMES.map((name) => [name, sampleScript(name, locale)])) as Record<
      SampleName,
      Script
    >;
  return { en: build('en'), 'zh-CN': build('zh-CN') };
}
