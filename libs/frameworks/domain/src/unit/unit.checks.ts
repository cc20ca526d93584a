import { ValidationError } from '@par/kernel';
import { checkDate, dayBefore, overlaps, validOn } from './unit.dates';
import { UNIT_KIND_VI, type RegistryUnit, type UnitDecision, type UnitKind, type UnitState } from './unit.types';

const CODE_FORMAT: Record<UnitKind, { re: RegExp; vi: string }> = {
  COMMUNE: { re: /^\d{5}$/, vi: '5 chữ số (mã đơn vị hành chính năm 2025, ví dụ 01234)' },
  WARD: { re: /^\d{5}$/, vi: '5 chữ số (mã đơn vị hành chính năm 2025, ví dụ 01234)' },
  SPECIAL_ZONE: { re: /^\d{5}$/, vi: '5 chữ số (mã đơn vị hành chính năm 2025, ví dụ 01234)' },
  DISTRICT: { re: /^\d{3}$/, vi: '3 chữ số (mã huyện trước năm 2025, ví dụ 058)' },
  DEPARTMENT: { re: /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, vi: 'chữ, số, dấu chấm, gạch ngang; tối đa 32 ký tự (mã do tỉnh cấp)' },
};

/** The official code's format for the kind (`INVALID_UNIT_CODE`). */
export function checkUnitCode(kind: UnitKind, code: string): void {
  const f = CODE_FORMAT[kind];
  if (f.re.test(code)) return;
  throw new ValidationError({
    code: 'INVALID_UNIT_CODE',
    messageVi: `Mã đơn vị "${code}" không hợp lệ cho loại "${UNIT_KIND_VI[kind]}": cần ${f.vi}.`,
    detail: `Unit code ${JSON.stringify(code)} does not match ${f.re.source} for kind ${kind}`,
  });
}

export function checkValidity(validFrom: string | null, validTo: string | null): void {
  if (validFrom !== null) checkDate('validFrom', 'Ngày bắt đầu hiệu lực', validFrom);
  if (validTo !== null) checkDate('validTo', 'Ngày hết hiệu lực', validTo);
  if (validFrom !== null && validTo !== null && validTo < validFrom) {
    throw new ValidationError({
      code: 'INVALID_VALIDITY',
      messageVi: `Ngày hết hiệu lực (${validTo}) phải sau ngày bắt đầu hiệu lực (${validFrom}).`,
      detail: `validTo ${validTo} is before validFrom ${validFrom}`,
    });
  }
}

export function checkDecision(decision: UnitDecision, effectiveDate: string): void {
  checkDate('effectiveDate', 'Ngày có hiệu lực', effectiveDate);
  if (!decision.number.trim()) {
    throw new ValidationError({
      code: 'DECISION_REQUIRED',
      messageVi: 'Cần ghi số quyết định (nghị quyết) làm căn cứ thay đổi đơn vị.',
      detail: 'A lineage change needs the number of the decision that ordered it',
    });
  }
  if (decision.date !== null) checkDate('decision.date', 'Ngày ban hành quyết định', decision.date);
}

/** The unit, which must exist (`UNKNOWN_UNIT`). */
export function existingUnit(state: UnitState, unitId: string): RegistryUnit {
  const u = state.units[unitId];
  if (u) return u;
  throw new ValidationError({
    code: 'UNKNOWN_UNIT',
    messageVi: `Không tìm thấy đơn vị "${unitId}" trong danh mục.`,
    detail: `Unit ${unitId} is not registered`,
  });
}

/** The unit, which must exist and be valid on `date` (`UNIT_NOT_VALID_ON`); `role` says why in the message. */
export function unitValidOn(state: UnitState, unitId: string, date: string, roleVi: string): RegistryUnit {
  const u = existingUnit(state, unitId);
  if (validOn(u, date)) return u;
  throw new ValidationError({
    code: 'UNIT_NOT_VALID_ON',
    messageVi: `Đơn vị "${unitId}" (${roleVi}) không còn hoặc chưa có hiệu lực vào ngày ${date}.`,
    detail: `Unit ${unitId} (valid ${u.validFrom ?? '…'} to ${u.validTo ?? '…'}) is not valid on ${date}`,
  });
}

/** A predecessor of a change effective on `date` must be valid the day before. */
export const predecessorOf = (state: UnitState, unitId: string, date: string) =>
  unitValidOn(state, unitId, dayBefore(date), 'đơn vị trước thay đổi, xét vào ngày trước ngày hiệu lực');

/** No two units valid on the same day share an official code (`DUPLICATE_UNIT_CODE`); checks the given units. */
export function checkCodesUnique(state: UnitState, unitIds: readonly string[]): void {
  const all = Object.values(state.units);
  for (const id of unitIds) {
    const u = state.units[id];
    if (!u?.code) continue;
    const other = all.find((o) => o.unitId !== u.unitId && o.code === u.code && overlaps(o, u));
    if (other) {
      throw new ValidationError({
        code: 'DUPLICATE_UNIT_CODE',
        messageVi: `Mã đơn vị "${u.code}" đã dùng cho đơn vị "${other.unitId}" có hiệu lực cùng thời gian với "${u.unitId}".`,
        detail: `Units ${other.unitId} and ${u.unitId} share code ${u.code} on overlapping validity periods`,
      });
    }
  }
}
