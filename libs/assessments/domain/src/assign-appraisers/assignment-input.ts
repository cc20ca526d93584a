import { ValidationError } from '@par/kernel';

/** Bounds of one assignment command (a province has a few hundred units at most; a team a few dozen people). */
export const MAX_ASSIGNED_UNITS = 500;
export const MAX_ASSIGNED_APPRAISERS = 50;
const ID = /^[A-Za-z0-9][A-Za-z0-9._@:-]{0,99}$/;

const fail = (code: string, messageVi: string, detail: string, meta?: Record<string, unknown>) =>
  new ValidationError({ code, messageVi, detail, ...(meta && { meta }) });

/**
 * Pure: the unit and appraiser lists of an (un)assignment, checked and deduplicated — both non-empty and bounded,
 * appraiser ids well-formed token subjects, every unit assessed in the cycle (UNKNOWN_UNIT names all the others).
 */
export function checkAssignmentLists(
  unitIds: readonly string[],
  appraiserIds: readonly string[],
  cycleUnitIds: readonly string[],
): { unitIds: string[]; appraiserIds: string[] } {
  const units = [...new Set(unitIds)];
  const appraisers = [...new Set(appraiserIds)];
  if (units.length === 0 || appraisers.length === 0) {
    throw fail('ASSIGNMENT_EMPTY', 'Phải chọn ít nhất một đơn vị và một người thẩm định.', 'unitIds and appraiserIds must be non-empty');
  }
  if (units.length > MAX_ASSIGNED_UNITS || appraisers.length > MAX_ASSIGNED_APPRAISERS) {
    throw fail(
      'ASSIGNMENT_TOO_LARGE',
      `Mỗi lần phân công tối đa ${MAX_ASSIGNED_UNITS} đơn vị và ${MAX_ASSIGNED_APPRAISERS} người thẩm định.`,
      `Got ${units.length} units and ${appraisers.length} appraisers; at most ${MAX_ASSIGNED_UNITS} and ${MAX_ASSIGNED_APPRAISERS}`,
    );
  }
  const badId = appraisers.find((a) => !ID.test(a));
  if (badId !== undefined) {
    throw fail(
      'APPRAISER_ID_INVALID',
      'Mã người thẩm định không hợp lệ (mã tài khoản đăng nhập, tối đa 100 ký tự).',
      `Appraiser id ${JSON.stringify(badId.slice(0, 120))} is not a token subject (${ID.source})`,
    );
  }
  const inCycle = new Set(cycleUnitIds);
  const unknown = units.filter((u) => !inCycle.has(u));
  if (unknown.length > 0) {
    throw fail(
      'UNKNOWN_UNIT',
      `Không có đơn vị ${unknown.map((u) => `"${u}"`).join(', ')} trong kỳ đánh giá.`,
      `Units not assessed in the cycle: ${unknown.join(', ')}`,
      { unitIds: unknown },
    );
  }
  return { unitIds: units, appraiserIds: appraisers };
}
