import type { NodeMethod } from './framework.types';

/**
 * The one Vietnamese name of each measurement method, as reports and messages use it inline
 * ("Tiêu chí 2.1 được đo bằng điều tra XHH"). `mixed` is a component or criterion whose parts use several methods.
 */
export const METHOD_LABELS_VI: Readonly<Record<NodeMethod, string>> = {
  appraised: 'thẩm định',
  survey: 'điều tra XHH',
  satisfaction: 'SIPAS',
  indicator: 'chỉ tiêu',
  mixed: 'tổng hợp',
};

/** The method's label inline (`điều tra XHH`) or as a heading or column title (`Điều tra XHH`). */
export function methodLabelVi(method: NodeMethod, form: 'inline' | 'heading' = 'inline'): string {
  const label = METHOD_LABELS_VI[method];
  return form === 'heading' ? label.charAt(0).toLocaleUpperCase('vi') + label.slice(1) : label;
}
