import { ValidationError } from '@par/kernel';
import { checkReferenceId } from '../reference-id';
import { checkDecision, checkUnitCode, checkValidity, predecessorOf, unitValidOn } from './unit.checks';
import { kindOfLevel, nameOn } from './unit.evolve';
import {
  LEVEL_OF_KIND,
  UNIT_KINDS,
  type DissolveUnit,
  type MergeUnits,
  type RegisterUnit,
  type RenameUnit,
  type SplitUnit,
  type UnitEvent,
  type UnitKind,
  type UnitState,
} from './unit.types';

function kindOf(data: RegisterUnit['data']): UnitKind {
  const kind = data.kind ?? (data.unitType ? kindOfLevel(data.unitType) : undefined);
  if (kind && UNIT_KINDS.includes(kind)) return kind;
  throw new ValidationError({
    code: 'UNKNOWN_UNIT_TYPE',
    messageVi: `Loại đơn vị "${data.kind ?? data.unitType ?? ''}" không hợp lệ (Sở/ban/ngành, xã, phường, đặc khu; huyện cho dữ liệu trước năm 2025).`,
    detail: `Unit kind ${JSON.stringify(data.kind ?? data.unitType)} is not one of ${UNIT_KINDS.join(', ')} (or level district/commune/department)`,
  });
}

/** Registers a unit; no dates = valid without limit (units registered before the registry had dates). */
export function decideRegister({ data }: RegisterUnit, state: UnitState): UnitEvent[] {
  checkReferenceId('Unit', data.unitId);
  if (state.units[data.unitId]) {
    throw new ValidationError({
      code: 'UNIT_EXISTS',
      messageVi: `Đơn vị "${data.unitId}" đã được đăng ký.`,
      detail: `Unit ${data.unitId} is already registered`,
    });
  }
  if (!data.name.trim()) {
    throw new ValidationError({ code: 'NAME_REQUIRED', messageVi: 'Tên đơn vị không được để trống.', detail: 'Unit name is empty' });
  }
  const kind = kindOf(data);
  const code = data.code?.trim() || null;
  if (code) checkUnitCode(kind, code);
  const validFrom = data.validFrom ?? null;
  const validTo = data.validTo ?? null;
  checkValidity(validFrom, validTo);
  if (data.parentUnitId !== null && (data.parentUnitId === data.unitId || !state.units[data.parentUnitId])) {
    throw new ValidationError({
      code: 'UNKNOWN_PARENT_UNIT',
      messageVi: `Không tìm thấy đơn vị cấp trên "${data.parentUnitId}" trong danh mục.`,
      detail: `Parent unit ${data.parentUnitId} of ${data.unitId} is not registered`,
    });
  }
  const unitType = data.unitType?.trim() || LEVEL_OF_KIND[kind];
  const event: UnitEvent = {
    type: 'UnitRegistered',
    data: { unitId: data.unitId, name: data.name.trim(), unitType, parentUnitId: data.parentUnitId, code, kind, validFrom, validTo },
  };
  return [event];
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

function refuseRepeated(ids: readonly string[]): void {
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup === undefined) return;
  throw new ValidationError({
    code: 'DUPLICATE_LINEAGE_UNIT',
    messageVi: `Đơn vị "${dup}" được kê hai lần trong cùng một thay đổi.`,
    detail: `Unit ${dup} appears twice in one lineage change`,
  });
}

export function decideMerge({ data }: MergeUnits, state: UnitState): UnitEvent[] {
  checkDecision(data.decision, data.effectiveDate);
  const recorded = state.lineage.some(
    (l) =>
      l.type === 'UnitsMerged' &&
      l.data.successorId === data.successorId &&
      l.data.effectiveDate === data.effectiveDate &&
      sameIds(l.data.predecessorIds, data.predecessorIds),
  );
  if (recorded) return [];
  if (data.predecessorIds.length === 0 || data.predecessorIds.includes(data.successorId)) {
    throw new ValidationError({
      code: 'INVALID_MERGER',
      messageVi: 'Sáp nhập cần ít nhất một đơn vị cũ, khác với đơn vị mới hình thành.',
      detail: `Merger into ${data.successorId} needs predecessors other than the successor`,
    });
  }
  refuseRepeated(data.predecessorIds);
  for (const p of data.predecessorIds) predecessorOf(state, p, data.effectiveDate);
  unitValidOn(state, data.successorId, data.effectiveDate, 'đơn vị mới hình thành');
  return [{ type: 'UnitsMerged', data }];
}

export function decideSplit({ data }: SplitUnit, state: UnitState): UnitEvent[] {
  checkDecision(data.decision, data.effectiveDate);
  const recorded = state.lineage.some(
    (l) =>
      l.type === 'UnitSplit' &&
      l.data.predecessorId === data.predecessorId &&
      l.data.effectiveDate === data.effectiveDate &&
      sameIds(
        l.data.successors.map((s) => s.unitId),
        data.successors.map((s) => s.unitId),
      ),
  );
  if (recorded) return [];
  const ids = data.successors.map((s) => s.unitId);
  const shares = data.successors.map((s) => s.share).filter((s): s is number => s !== null);
  if (ids.length < 2 || ids.includes(data.predecessorId)) {
    throw new ValidationError({
      code: 'INVALID_SPLIT',
      messageVi: 'Chia tách cần ít nhất hai đơn vị mới, khác với đơn vị bị chia tách.',
      detail: `Split of ${data.predecessorId} needs two or more successors other than itself`,
    });
  }
  if (shares.some((s) => !(s > 0 && s <= 1)) || shares.reduce((a, b) => a + b, 0) > 1 + 1e-9) {
    throw new ValidationError({
      code: 'INVALID_SHARE',
      messageVi: 'Tỷ lệ của mỗi đơn vị mới phải lớn hơn 0 và tổng các tỷ lệ không quá 100%.',
      detail: `Split shares ${JSON.stringify(shares)} must be in (0, 1] and sum to at most 1`,
    });
  }
  refuseRepeated(ids);
  predecessorOf(state, data.predecessorId, data.effectiveDate);
  for (const s of ids) unitValidOn(state, s, data.effectiveDate, 'đơn vị mới hình thành');
  return [{ type: 'UnitSplit', data }];
}

export function decideRename({ data }: RenameUnit, state: UnitState): UnitEvent[] {
  checkDecision(data.decision, data.effectiveDate);
  const name = data.name.trim();
  if (!name)
    throw new ValidationError({ code: 'NAME_REQUIRED', messageVi: 'Tên đơn vị không được để trống.', detail: 'Unit name is empty' });
  const unit = predecessorOf(state, data.unitId, data.effectiveDate);
  unitValidOn(state, data.unitId, data.effectiveDate, 'đơn vị đổi tên');
  const previousName = nameOn(unit, data.effectiveDate);
  if (previousName === name) return [];
  return [{ type: 'UnitRenamed', data: { ...data, name, previousName } }];
}

export function decideDissolve({ data }: DissolveUnit, state: UnitState): UnitEvent[] {
  checkDecision(data.decision, data.effectiveDate);
  const recorded = state.lineage.some(
    (l) => l.type === 'UnitDissolved' && l.data.unitId === data.unitId && l.data.effectiveDate === data.effectiveDate,
  );
  if (recorded) return [];
  predecessorOf(state, data.unitId, data.effectiveDate);
  return [{ type: 'UnitDissolved', data }];
}
