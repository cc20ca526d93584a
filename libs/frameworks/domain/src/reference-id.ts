import { ValidationError } from '@par/kernel';

const REFERENCE_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

/** Ids of frameworks, units and cycles: letters, digits, dot, dash, underscore; at most 64 characters. */
export function checkReferenceId(kind: 'Framework' | 'Unit' | 'Cycle', id: string): void {
  if (REFERENCE_ID.test(id)) return;
  const kindVi = { Framework: 'bộ tiêu chí', Unit: 'đơn vị', Cycle: 'kỳ đánh giá' }[kind];
  throw new ValidationError({
    code: 'INVALID_ID',
    messageVi: `Mã ${kindVi} "${id}" không hợp lệ (chỉ gồm chữ, số, dấu chấm, gạch ngang; tối đa 64 ký tự).`,
    detail: `${kind} id ${JSON.stringify(id)} must match ${REFERENCE_ID.source}`,
  });
}
