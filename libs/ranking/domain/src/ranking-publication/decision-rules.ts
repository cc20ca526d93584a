import { formatDateVi, ValidationError } from '@par/kernel';
import type { RankingDecision, RankingSnapshotRow } from './ranking-publication.events';

/**
 * A decision number as Vietnamese administrative documents write it: number, optional year, `QĐ-` and the issuing
 * body's abbreviation (`123/QĐ-UBND`, `1416/QĐ-UBND`, `19/2025/QĐ-TTg`).
 */
export const DECISION_NUMBER_PATTERN = /^[1-9]\d{0,5}(\/(19|20)\d{2})?\/QĐ-[A-Za-zĐđ0-9]+(-[A-Za-zĐđ0-9]+)*$/u;
const MAX_DECISION_NUMBER = 50;
const MAX_SIGNER = 200;
/** Bounded sizes of what the DHA types (a correction's reason goes into every report of the version). */
export const MAX_CORRECTION_REASON = 2000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date of an instant in Vietnam (UTC+7, no daylight saving), `YYYY-MM-DD`. */
export function vietnamDate(instant: string): string {
  return new Date(new Date(instant).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

function isCalendarDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * The decision as recorded: number normalized (NFC, trimmed) and checked, date a calendar date not after `now`'s
 * day in Vietnam, signer trimmed (optional). Throws `DECISION_NUMBER_INVALID`, `DECISION_DATE_INVALID`,
 * `DECISION_DATE_IN_FUTURE`, `SIGNER_TOO_LONG`.
 */
export function checkedDecision(input: { number: string; date: string; signer?: string | null }, now: string): RankingDecision {
  const number = input.number.normalize('NFC').trim();
  if (number.length > MAX_DECISION_NUMBER || !DECISION_NUMBER_PATTERN.test(number)) {
    throw new ValidationError({
      code: 'DECISION_NUMBER_INVALID',
      messageVi: `Số quyết định "${number.slice(0, MAX_DECISION_NUMBER)}" không đúng định dạng (ví dụ: 123/QĐ-UBND).`,
      detail: `Decision number must match ${DECISION_NUMBER_PATTERN.source} (at most ${MAX_DECISION_NUMBER} characters)`,
      meta: { field: 'decisionNumber' },
    });
  }
  const date = input.date.trim();
  if (!isCalendarDate(date)) {
    throw new ValidationError({
      code: 'DECISION_DATE_INVALID',
      messageVi: 'Ngày quyết định không hợp lệ (định dạng YYYY-MM-DD, ví dụ 2025-12-31).',
      detail: `Decision date must be a calendar date YYYY-MM-DD; got ${JSON.stringify(date.slice(0, 20))}`,
      meta: { field: 'decisionDate' },
    });
  }
  const today = vietnamDate(now);
  if (date > today) {
    throw new ValidationError({
      code: 'DECISION_DATE_IN_FUTURE',
      messageVi: `Ngày quyết định ${formatDateVi(`${date}T12:00:00+07:00`)} sau ngày hôm nay (${formatDateVi(now)}).`,
      detail: `Decision date ${date} is after today (${today}, Vietnam time)`,
      meta: { field: 'decisionDate', today },
    });
  }
  const signer = input.signer?.normalize('NFC').trim() || null;
  if (signer && signer.length > MAX_SIGNER) {
    throw new ValidationError({
      code: 'SIGNER_TOO_LONG',
      messageVi: `Tên người ký quá dài (tối đa ${MAX_SIGNER} ký tự).`,
      detail: `Signer has ${signer.length} characters; at most ${MAX_SIGNER}`,
      meta: { field: 'signer' },
    });
  }
  return { number, date, signer };
}

const LISTED_UNITS = 10;

/** Publication (or a correction) needs every unit's appraisal final: `UNITS_NOT_FINAL` names the others. */
export function assertUnitsFinal(unitsNotFinal: readonly { unitId: string; unitName: string }[]): void {
  if (unitsNotFinal.length === 0) return;
  const names = unitsNotFinal.slice(0, LISTED_UNITS).map((u) => u.unitName);
  const more = unitsNotFinal.length > LISTED_UNITS ? ` và ${unitsNotFinal.length - LISTED_UNITS} đơn vị khác` : '';
  throw new ValidationError({
    code: 'UNITS_NOT_FINAL',
    messageVi: `Chưa thể công bố kết quả: ${unitsNotFinal.length} đơn vị chưa hoàn thành thẩm định (${names.join(', ')}${more}).`,
    detail: `${unitsNotFinal.length} unit(s) without a final appraisal: ${unitsNotFinal.map((u) => u.unitId).join(', ')}`,
    meta: { units: unitsNotFinal.map((u) => u.unitId) },
  });
}

/** An official version ranks at least one unit. */
export function assertRowsPresent(rows: readonly RankingSnapshotRow[]): void {
  if (rows.length > 0) return;
  throw new ValidationError({
    code: 'RANKING_EMPTY',
    messageVi: 'Kỳ đánh giá chưa có kết quả xếp hạng để công bố.',
    detail: 'The provisional ranking of the cycle has no rows',
  });
}
