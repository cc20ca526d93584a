import { registerEnumType } from '@nestjs/graphql';

export enum ItemStatus {
  NOT_SCORED = 'NOT_SCORED',
  SCORED = 'SCORED',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(ItemStatus, {
  name: 'ItemStatus',
  description: 'NOT_SCORED: chưa chấm (khác với 0 điểm); SCORED: đã tự chấm; NOT_APPLICABLE: không áp dụng',
});
