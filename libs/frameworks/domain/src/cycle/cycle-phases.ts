import { ValidationError } from '@par/kernel';
import { isIsoDate } from '../calendar/calendar';

/** The phases of a cycle, in order (Vietnamese: tự đánh giá, thẩm định, giải trình, thẩm định lại, công bố). */
export const CYCLE_PHASES = ['SELF_ASSESSMENT', 'APPRAISAL', 'EXPLANATION', 'FINAL_APPRAISAL', 'PUBLISHED'] as const;
export type CyclePhase = (typeof CYCLE_PHASES)[number];

export const CYCLE_PHASE_LABELS_VI: Readonly<Record<CyclePhase, string>> = {
  SELF_ASSESSMENT: 'Tự đánh giá',
  APPRAISAL: 'Thẩm định',
  EXPLANATION: 'Giải trình',
  FINAL_APPRAISAL: 'Thẩm định lại',
  PUBLISHED: 'Công bố kết quả',
};

/** One phase with its first day and its deadline (both inclusive, ISO dates). */
export interface PhaseSchedule {
  phase: CyclePhase;
  startDate: string;
  deadline: string;
}

const phaseError = (code: string, messageVi: string, detail: string) => new ValidationError({ code, messageVi, detail });
const label = (p: CyclePhase) => CYCLE_PHASE_LABELS_VI[p];

function checkOne(p: PhaseSchedule): void {
  if (!CYCLE_PHASES.includes(p.phase)) {
    throw phaseError('CYCLE_PHASE_UNKNOWN', `Giai đoạn "${String(p.phase)}" không tồn tại.`, `Unknown phase ${String(p.phase)}`);
  }
  if (!isIsoDate(p.startDate) || !isIsoDate(p.deadline)) {
    throw phaseError(
      'CYCLE_PHASE_DATE_INVALID',
      `Ngày bắt đầu hoặc hạn của giai đoạn "${label(p.phase)}" không hợp lệ (YYYY-MM-DD).`,
      `Phase ${p.phase}: ${p.startDate}..${p.deadline} are not ISO dates`,
    );
  }
  if (p.deadline < p.startDate) {
    throw phaseError(
      'CYCLE_PHASE_DEADLINE_BEFORE_START',
      `Hạn của giai đoạn "${label(p.phase)}" (${p.deadline}) trước ngày bắt đầu (${p.startDate}).`,
      `Phase ${p.phase}: deadline ${p.deadline} is before its start ${p.startDate}`,
    );
  }
}

/**
 * Pure: the phases as given, checked: each phase at most once and in the order of `CYCLE_PHASES` (a subset is
 * allowed), real dates, no deadline before its start, and each phase starting after the previous one's deadline.
 */
export function checkPhases(phases: readonly PhaseSchedule[]): PhaseSchedule[] {
  if (phases.length === 0) throw phaseError('CYCLE_PHASES_EMPTY', 'Cần ít nhất một giai đoạn.', 'No phase given');
  phases.forEach(checkOne);
  for (let i = 1; i < phases.length; i++) {
    const prev = phases[i - 1]!;
    const p = phases[i]!;
    if (CYCLE_PHASES.indexOf(p.phase) <= CYCLE_PHASES.indexOf(prev.phase) || p.deadline < prev.startDate) {
      throw phaseError(
        'CYCLE_PHASES_OUT_OF_ORDER',
        `Giai đoạn "${label(p.phase)}" phải sau giai đoạn "${label(prev.phase)}".`,
        `Phase ${p.phase} (${p.startDate}) must come after ${prev.phase} (${prev.startDate}), in the order ${CYCLE_PHASES.join(', ')}`,
      );
    }
    if (p.startDate <= prev.deadline) {
      throw phaseError(
        'CYCLE_PHASES_OVERLAP',
        `Giai đoạn "${label(p.phase)}" bắt đầu (${p.startDate}) trước khi hết hạn giai đoạn "${label(prev.phase)}" (${prev.deadline}).`,
        `Phase ${p.phase} starts ${p.startDate}, not after the deadline ${prev.deadline} of ${prev.phase}`,
      );
    }
  }
  return phases.map(({ phase, startDate, deadline }) => ({ phase, startDate, deadline }));
}

/** Pure: the phase whose dates contain `day` (ISO date), if any. */
export const scheduledPhaseOn = (phases: readonly PhaseSchedule[], day: string): PhaseSchedule | undefined =>
  phases.find((p) => p.startDate <= day && day <= p.deadline);
