import { formatDateVi, isoDateInVietnam, ValidationError } from '@par/kernel';

/** One phase of the cycle's schedule, as the frameworks context publishes it (ISO dates, both inclusive). */
export interface PhaseWindow {
  readonly phase: string;
  readonly startDate: string;
  readonly deadline: string;
}

/**
 * The clock and the schedule a phase-bound decision needs, resolved by the handler: `now` is the injected clock's
 * instant (ISO), `phases` the cycle's schedule (empty when the DHA set none: then no date limit applies).
 */
export interface PhaseClock {
  readonly now: string;
  readonly phases: readonly PhaseWindow[];
}

/** Vietnamese names of the phases this context enforces (for messages). */
const PHASE_LABELS_VI: Readonly<Record<string, string>> = {
  SELF_ASSESSMENT: 'tự đánh giá',
  APPRAISAL: 'thẩm định',
  EXPLANATION: 'giải trình',
  FINAL_APPRAISAL: 'thẩm định lại',
};

const viDate = (isoDate: string) => isoDate.split('-').reverse().join('/');

/**
 * Pure: refuses a decision outside the dates of `phase` in the schedule — `<PHASE>_NOT_OPEN` before its first day,
 * `<PHASE>_DEADLINE_PASSED` after its deadline (the whole deadline day counts, in Vietnam's time). No limit when
 * the schedule has no such phase. `deadlineOnly`: only the deadline is enforced (a decision allowed earlier too).
 */
export function checkPhaseWindow(clock: PhaseClock, phase: string, opts: { deadlineOnly?: boolean } = {}): void {
  const window = clock.phases.find((p) => p.phase === phase);
  if (!window) return;
  const today = isoDateInVietnam(clock.now);
  const label = PHASE_LABELS_VI[phase] ?? phase;
  if (!opts.deadlineOnly && today < window.startDate) {
    throw new ValidationError({
      code: `${phase}_NOT_OPEN`,
      messageVi: `Giai đoạn ${label} bắt đầu từ ngày ${viDate(window.startDate)}; hôm nay (${formatDateVi(clock.now)}) chưa thực hiện được.`,
      detail: `Phase ${phase} starts ${window.startDate}; today (Vietnam time) is ${today}`,
      meta: { phase, startDate: window.startDate, today },
    });
  }
  if (today > window.deadline) {
    throw new ValidationError({
      code: `${phase}_DEADLINE_PASSED`,
      messageVi: `Đã hết hạn giai đoạn ${label} (hạn cuối ngày ${viDate(window.deadline)}).`,
      detail: `Phase ${phase} ended on ${window.deadline}; today (Vietnam time) is ${today}`,
      meta: { phase, deadline: window.deadline, today },
    });
  }
}
