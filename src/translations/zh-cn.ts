import type { CxBaseTerms } from './translation.js';

/** 简体中文 */
const zhCN: CxBaseTerms = {
  $code: 'zh-cn',
  $name: '简体中文',
  $dir: 'ltr',
  loading: '加载中…',
  retry: '重试',
  close: '关闭',
  errorTitle: '数据有误',
  errorDetails: '详情',
  empty: '暂无内容',
  widgetPending: (tag) => `${tag} 将显示在这里`,
  sessionCustomer: (customerId) => `客户 ${customerId}`,
  sessionNoCustomer: '未选择客户',

  durationUnits: { day: '天', hour: '小时', minute: '分钟', second: '秒' },
};

export default zhCN;
