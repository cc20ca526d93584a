import { ParError } from '@par/kernel';
import { isIsoDate } from '../calendar/calendar';
import { dayBefore, overlaps, validOn } from './unit.dates';
import { checkCodesUnique } from './unit.checks';
import { decideDissolve, decideMerge, decideRegister, decideRename, decideSplit } from './unit.decide';
import { evolveUnits } from './unit.evolve';
import type { RegistryUnit, UnitChange, UnitEvent, UnitKind, UnitState } from './unit.types';

/** The import's columns (Vietnamese headers as provinces write them). */
export const UNIT_IMPORT_COLUMNS = {
  unitId: 'Mã định danh',
  code: 'Mã đơn vị',
  name: 'Tên đơn vị',
  kind: 'Loại',
  parentCode: 'Mã đơn vị cấp trên',
  validFrom: 'Hiệu lực từ',
  validTo: 'Hiệu lực đến',
  formedFrom: 'Hình thành từ',
  decision: 'Căn cứ',
} as const;
export type UnitImportField = keyof typeof UNIT_IMPORT_COLUMNS;
export const REQUIRED_UNIT_COLUMNS: readonly UnitImportField[] = ['code', 'name', 'kind'];

/** One row as read from the file (text cells, trimmed; empty = absent). `row` is the 1-based line or sheet row. */
export type UnitImportRow = { sheet?: string | null; row: number } & Partial<Record<UnitImportField, string | null>>;

export interface UnitImportProblem {
  sheet: string | null;
  row: number | null;
  column: string | null;
  code: string;
  messageVi: string;
  detail: string;
}

export interface UnitImportPlan {
  /** What to decide, in order (registrations parents first, then lineage); empty when nothing is new. */
  changes: UnitChange[];
  problems: UnitImportProblem[];
  /** Rows already in the registry exactly as the file has them. */
  unchanged: number;
}

const KIND_WORDS: Record<string, UnitKind> = {
  xã: 'COMMUNE',
  commune: 'COMMUNE',
  phường: 'WARD',
  ward: 'WARD',
  'đặc khu': 'SPECIAL_ZONE',
  special_zone: 'SPECIAL_ZONE',
  sở: 'DEPARTMENT',
  'sở, ban, ngành': 'DEPARTMENT',
  ban: 'DEPARTMENT',
  ngành: 'DEPARTMENT',
  'cơ quan': 'DEPARTMENT',
  department: 'DEPARTMENT',
  huyện: 'DISTRICT',
  'thị xã': 'DISTRICT',
  'thành phố': 'DISTRICT',
  district: 'DISTRICT',
};

/** "Xã", "Phường", "Đặc khu", "Sở"… or the English kind (case and Unicode form ignored). */
export function parseUnitKind(text: string): UnitKind | undefined {
  return KIND_WORDS[text.normalize('NFC').trim().toLowerCase()];
}

/** `YYYY-MM-DD` or `DD/MM/YYYY` (as Vietnamese files write dates) → `YYYY-MM-DD`; undefined if neither. */
export function parseImportDate(text: string): string | undefined {
  const t = text.trim();
  const vi = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  const iso = vi ? `${vi[3]}-${vi[2]!.padStart(2, '0')}-${vi[1]!.padStart(2, '0')}` : t;
  return isIsoDate(iso) ? iso : undefined;
}

/** A row parsed into a unit, before the registry is consulted. */
interface RowUnit {
  row: UnitImportRow;
  unitId: string;
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  formedFrom: string[];
  decision: string | null;
}

type Report = (row: UnitImportRow | null, field: UnitImportField | null, code: string, messageVi: string, detail: string) => void;

function parseRow(row: UnitImportRow, report: Report): Omit<RowUnit, 'unitId'> | undefined {
  const cell = (f: UnitImportField) => row[f]?.trim() || null;
  const before = { n: 0 };
  const bad: Report = (...a) => {
    before.n++;
    report(...a);
  };
  const [code, name, kindText] = [cell('code'), cell('name'), cell('kind')];
  for (const f of REQUIRED_UNIT_COLUMNS) {
    if (!cell(f)) bad(row, f, 'REQUIRED_CELL', `Thiếu "${UNIT_IMPORT_COLUMNS[f]}".`, `Column ${f} is empty`);
  }
  const kind = kindText ? parseUnitKind(kindText) : undefined;
  if (kindText && !kind) {
    bad(
      row,
      'kind',
      'UNKNOWN_UNIT_TYPE',
      `Loại đơn vị "${kindText}" không hợp lệ (Sở, Xã, Phường, Đặc khu, Huyện).`,
      `Unknown kind ${kindText}`,
    );
  }
  const date = (f: 'validFrom' | 'validTo') => {
    const t = cell(f);
    const d = t ? parseImportDate(t) : null;
    if (t && !d) bad(row, f, 'INVALID_DATE', `"${t}" không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd).`, `Bad date ${t}`);
    return d ?? null;
  };
  const [validFrom, validTo] = [date('validFrom'), date('validTo')];
  const formedFrom = (cell('formedFrom') ?? '').split(/[,;\s]+/).filter(Boolean);
  if (formedFrom.length && !validFrom) {
    bad(
      row,
      'validFrom',
      'VALID_FROM_REQUIRED',
      'Đơn vị hình thành từ đơn vị cũ cần ghi ngày "Hiệu lực từ".',
      'formedFrom needs validFrom',
    );
  }
  if (formedFrom.length && !cell('decision')) {
    bad(row, 'decision', 'DECISION_REQUIRED', 'Cần ghi số quyết định (nghị quyết) ở cột "Căn cứ".', 'formedFrom needs a decision');
  }
  if (before.n || !code || !name || !kind) return undefined;
  return { row, code, name, kind, parentCode: cell('parentCode'), validFrom, validTo, formedFrom, decision: cell('decision') };
}

const FIELD_OF_ERROR: Record<string, UnitImportField> = {
  INVALID_UNIT_CODE: 'code',
  DUPLICATE_UNIT_CODE: 'code',
  NAME_REQUIRED: 'name',
  INVALID_VALIDITY: 'validTo',
  UNKNOWN_PARENT_UNIT: 'parentCode',
  INVALID_ID: 'unitId',
  UNIT_EXISTS: 'unitId',
};

/** The unit with this code valid on `date` (null: any time), among the registry and the file's rows. */
function byCode(
  units: readonly { code: string | null; validFrom: string | null; validTo: string | null; unitId: string }[],
  code: string,
  date: string | null,
) {
  if (date !== null) return units.find((u) => u.code === code && validOn(u, date));
  return units.find((u) => u.code === code && u.validTo === null) ?? units.find((u) => u.code === code);
}

function sameUnit(u: RegistryUnit, r: RowUnit, parentUnitId: string | null): boolean {
  return (
    u.names[0]?.name === r.name && u.kind === r.kind && u.parentUnitId === parentUnitId && (u.validTo === r.validTo || r.validTo === null)
  );
}

/** Unit ids for the rows: the row's own, else the code if free, else code-YYYYMMDD. */
function assignIds(parsed: Omit<RowUnit, 'unitId'>[], state: UnitState): RowUnit[] {
  const taken = new Set(Object.keys(state.units));
  return parsed.map((p) => {
    const existing = Object.values(state.units).find((u) => u.code === p.code && u.validFrom === p.validFrom);
    const own = p.row.unitId?.trim();
    const unitId = own || existing?.unitId || (!taken.has(p.code) ? p.code : `${p.code}-${(p.validFrom ?? 'open').replaceAll('-', '')}`);
    taken.add(unitId);
    return { ...p, unitId };
  });
}

/** The file's lineage: per effective date, a predecessor going to one row is merged into it, to several is split. */
function lineageChanges(rows: RowUnit[], all: RowUnitLike[], report: Report): { change: UnitChange; row: UnitImportRow }[] {
  const out: { change: UnitChange; row: UnitImportRow }[] = [];
  const predOf = new Map<string, { pred: string; date: string; rows: RowUnit[] }>();
  for (const r of rows.filter((x) => x.formedFrom.length && x.validFrom)) {
    for (const code of r.formedFrom) {
      const pred = byCode(all, code, dayBefore(r.validFrom!));
      if (!pred) {
        report(
          r.row,
          'formedFrom',
          'UNKNOWN_PREDECESSOR',
          `Không tìm thấy đơn vị mã "${code}" còn hiệu lực ngày ${dayBefore(r.validFrom!)}.`,
          `No unit with code ${code} valid on the day before ${r.validFrom}`,
        );
        continue;
      }
      const key = `${pred.unitId}|${r.validFrom}`;
      const entry = predOf.get(key) ?? { pred: pred.unitId, date: r.validFrom!, rows: [] };
      entry.rows.push(r);
      predOf.set(key, entry);
    }
  }
  const merges = new Map<RowUnit, string[]>();
  for (const { pred, date, rows: succ } of predOf.values()) {
    if (succ.length === 1) merges.set(succ[0]!, [...(merges.get(succ[0]!) ?? []), pred]);
    else {
      const decision = { number: succ[0]!.decision ?? '', date: null };
      const successors = succ.map((s) => ({ unitId: s.unitId, share: null }));
      out.push({
        row: succ[0]!.row,
        change: { type: 'SplitUnit', data: { predecessorId: pred, successors, effectiveDate: date, decision } },
      });
    }
  }
  for (const [r, preds] of merges) {
    const data = {
      predecessorIds: preds,
      successorId: r.unitId,
      effectiveDate: r.validFrom!,
      decision: { number: r.decision ?? '', date: null },
    };
    out.push({ row: r.row, change: { type: 'MergeUnits', data } });
  }
  return out;
}
type RowUnitLike = { code: string | null; validFrom: string | null; validTo: string | null; unitId: string };

function decideOne(change: UnitChange, state: UnitState): UnitEvent[] {
  if (change.type === 'RegisterUnit') return decideRegister(change, state);
  if (change.type === 'MergeUnits') return decideMerge(change, state);
  if (change.type === 'SplitUnit') return decideSplit(change, state);
  if (change.type === 'RenameUnit') return decideRename(change, state);
  if (change.type === 'DissolveUnit') return decideDissolve(change, state);
  return [];
}

/**
 * Pure: what importing these rows into this registry would do, or every problem with them (all rows are checked;
 * the changes are only meant to be applied when `problems` is empty). Each change is tried with the registry's own
 * decisions, so the file is held to exactly the rules of `registerUnit`, `mergeUnits`… Importing a file already
 * imported plans nothing.
 */
export function planUnitImport(rows: readonly UnitImportRow[], state: UnitState): UnitImportPlan {
  const problems: UnitImportProblem[] = [];
  const report: Report = (row, field, code, messageVi, detail) =>
    problems.some((p) => p.row === (row?.row ?? null) && p.sheet === (row?.sheet ?? null) && p.code === code) ||
    problems.push({
      sheet: row?.sheet ?? null,
      row: row?.row ?? null,
      column: field && UNIT_IMPORT_COLUMNS[field],
      code,
      messageVi,
      detail,
    });
  if (rows.length === 0) report(null, null, 'EMPTY_IMPORT', 'Tệp không có dòng dữ liệu nào.', 'No data rows');
  const parsed = assignIds(
    rows.map((r) => parseRow(r, report)).filter((p) => p !== undefined),
    state,
  );
  const ends = impliedEnds(parsed);
  const span = (r: RowUnit) => ({ validFrom: r.validFrom, validTo: ends.get(r) ?? r.validTo });
  for (const [i, r] of parsed.entries()) {
    const twin = parsed.slice(0, i).find((o) => o.code === r.code && overlaps(span(o), span(r)));
    if (twin)
      report(
        r.row,
        'code',
        'DUPLICATE_UNIT_CODE',
        `Mã đơn vị "${r.code}" trùng với dòng ${twin.row.row} (cùng thời gian hiệu lực).`,
        `Code ${r.code} repeats row ${twin.row.row}`,
      );
  }
  const registry = Object.values(state.units);
  const all: RowUnitLike[] = [...registry, ...parsed];
  let unchanged = 0;
  const fresh: { r: RowUnit; parentUnitId: string | null }[] = [];
  for (const r of parsed) {
    const parent = r.parentCode ? (byCode(all, r.parentCode, r.validFrom) ?? byCode(all, r.parentCode, null)) : undefined;
    if (r.parentCode && !parent) {
      report(
        r.row,
        'parentCode',
        'UNKNOWN_PARENT_UNIT',
        `Không tìm thấy đơn vị cấp trên mã "${r.parentCode}".`,
        `No parent with code ${r.parentCode}`,
      );
      continue;
    }
    const parentUnitId = parent?.unitId ?? null;
    const existing = state.units[r.unitId];
    if (existing && existing.code === r.code && existing.validFrom === r.validFrom) {
      if (sameUnit(existing, r, parentUnitId)) unchanged++;
      else
        report(
          r.row,
          'name',
          'UNIT_CONFLICT',
          `Đơn vị mã "${r.code}" đã có trong danh mục với thông tin khác (tên, loại, cấp trên hoặc hiệu lực).`,
          `Unit ${r.unitId} exists with other data`,
        );
      continue;
    }
    fresh.push({ r, parentUnitId });
  }
  const registrations = orderParentsFirst(fresh).map(({ r, parentUnitId }) => ({
    row: r.row,
    change: {
      type: 'RegisterUnit',
      data: { unitId: r.unitId, name: r.name, kind: r.kind, code: r.code, parentUnitId, validFrom: r.validFrom, validTo: r.validTo },
    } as UnitChange,
  }));
  const planned = [...registrations, ...lineageChanges(parsed, all, report)];
  return { changes: tryChanges(planned, state, report), problems, unchanged };
}

/** The end each row gets from the rows formed from it (the day before their start), for the file's code check. */
function impliedEnds(parsed: readonly RowUnit[]): Map<RowUnit, string> {
  const ends = new Map<RowUnit, string>();
  for (const r of parsed) {
    if (!r.validFrom) continue;
    const last = dayBefore(r.validFrom);
    for (const code of r.formedFrom) {
      for (const p of parsed) {
        if (p === r || p.code !== code || !validOn(p, last)) continue;
        const prev = ends.get(p);
        if (!prev || last < prev) ends.set(p, last);
      }
    }
  }
  return ends;
}

function orderParentsFirst<T extends { r: RowUnit; parentUnitId: string | null }>(items: T[]): T[] {
  const ids = new Set(items.map((i) => i.r.unitId));
  const done = new Set<string>();
  const out: T[] = [];
  let rest = items;
  while (rest.length) {
    const ready = rest.filter((i) => !i.parentUnitId || !ids.has(i.parentUnitId) || done.has(i.parentUnitId));
    const next = ready.length ? ready : rest; // a cycle: let the decisions report it
    for (const i of next) done.add(i.r.unitId);
    out.push(...next);
    rest = rest.filter((i) => !next.includes(i));
  }
  return out;
}

/** Tries each change on the evolving registry; a refused one is reported on its row (by the error's field). */
function tryChanges(planned: { change: UnitChange; row: UnitImportRow }[], state: UnitState, report: Report): UnitChange[] {
  let s = state;
  const ok: UnitChange[] = [];
  for (const { change, row } of planned) {
    try {
      const events = decideOne(change, s);
      s = events.reduce(evolveUnits, s);
      if (events.length) ok.push(change);
    } catch (e) {
      if (!(e instanceof ParError)) throw e;
      const field = FIELD_OF_ERROR[e.code] ?? (change.type === 'RegisterUnit' ? null : 'formedFrom');
      report(row, field, e.code, e.messageVi, e.detail);
    }
  }
  // Codes once every change is applied: a successor takes a predecessor's code from the day the merger ends it.
  for (const { change, row } of planned) {
    if (change.type !== 'RegisterUnit' || !s.units[change.data.unitId]) continue;
    try {
      checkCodesUnique(s, [change.data.unitId]);
    } catch (e) {
      if (!(e instanceof ParError)) throw e;
      report(row, 'code', e.code, e.messageVi, e.detail);
    }
  }
  return ok;
}
