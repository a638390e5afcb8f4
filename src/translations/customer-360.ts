// Terms of <cx-customer-360>, in every shipped language. Keys start with the widget's prefix.

/** What <cx-customer-360> shows. */
export interface Customer360Terms {
  c360RegionLabel: string;
}

/** English. */
export const customer360En: Customer360Terms = {
  c360RegionLabel: 'Customer 360',
};

/** Simplified Chinese. */
export const customer360ZhCN: Customer360Terms = {
  c360RegionLabel: '客户360视图',
};
