import { ValidationError } from '@par/kernel';
import type { ScoringItemRef } from '../assessment/scoring-item';

/**
 * The node an explanation answers (a criterion, or one sub-criterion), resolved by the handler from the pinned
 * framework: its code and the items scored by hand under it (the sub-criterion itself when it is one).
 */
export interface ExplainedNode {
  readonly code: string;
  readonly items: readonly ScoringItemRef[];
}

/** Pure: the node, or UNKNOWN_SUB_CRITERION when the code names nothing appraised by hand in the framework. */
export function checkExplainedNode(node: ExplainedNode | undefined, code: string): ExplainedNode {
  if (node && node.items.length > 0) return node;
  throw new ValidationError({
    code: 'UNKNOWN_SUB_CRITERION',
    messageVi: `Không tìm thấy tiêu chí "${code}" có điểm thẩm định trong bộ tiêu chí của kỳ đánh giá.`,
    detail: `${code} is not a criterion or sub-criterion with items appraised by hand in the pinned framework version`,
    meta: { code },
  });
}
