import type { Role } from '@par/kernel';
import { NAV_LABELS } from '../labels/labels';

/** A screen of the console: where it lives under `/console/`, its menu label, who sees it. */
export interface ScreenMeta {
  readonly id: ScreenId;
  /** Path under the console, without slashes (`''` is the home screen). */
  readonly path: string;
  readonly label: string;
  /** Roles that see the screen in the menu and may open it (any one of them). */
  readonly roles: readonly Role[];
}

export type ScreenId = keyof typeof NAV_LABELS;

const EVERYONE: readonly Role[] = ['dha_admin', 'unit_officer', 'appraiser', 'auditor', 'integrator', 'survey_operator', 'ministry'];

/**
 * Every screen, in menu order. Adding a screen: a folder under `src/screens/`, one entry here and one in
 * `src/screens/index.tsx` (the compiler asks for it). Who may *do* something is still decided by the server.
 */
export const SCREENS: readonly ScreenMeta[] = [
  { id: 'home', path: '', label: NAV_LABELS.home, roles: EVERYONE },
  { id: 'selfAssessment', path: 'tu-danh-gia', label: NAV_LABELS.selfAssessment, roles: ['unit_officer', 'dha_admin'] },
  { id: 'explanations', path: 'giai-trinh', label: NAV_LABELS.explanations, roles: ['unit_officer'] },
  { id: 'appraisalQueue', path: 'hang-doi-tham-dinh', label: NAV_LABELS.appraisalQueue, roles: ['appraiser'] },
  { id: 'appraisal', path: 'tham-dinh', label: NAV_LABELS.appraisal, roles: ['appraiser'] },
  { id: 'cycleDashboard', path: 'theo-doi-ky', label: NAV_LABELS.cycleDashboard, roles: ['dha_admin'] },
  { id: 'frameworks', path: 'bo-tieu-chi', label: NAV_LABELS.frameworks, roles: ['dha_admin', 'appraiser', 'auditor'] },
  { id: 'units', path: 'don-vi', label: NAV_LABELS.units, roles: ['dha_admin', 'appraiser', 'auditor'] },
  { id: 'cycles', path: 'ky-danh-gia', label: NAV_LABELS.cycles, roles: ['dha_admin', 'appraiser', 'auditor'] },
  { id: 'ranking', path: 'xep-hang', label: NAV_LABELS.ranking, roles: ['dha_admin', 'appraiser', 'auditor', 'integrator', 'ministry'] },
  { id: 'audit', path: 'kiem-tra', label: NAV_LABELS.audit, roles: ['auditor', 'dha_admin'] },
];

/** The screens a user with these roles sees, in menu order. */
export function screensFor(roles: readonly string[], screens: readonly ScreenMeta[] = SCREENS): ScreenMeta[] {
  return screens.filter((s) => s.roles.some((r) => roles.includes(r)));
}

/** Whether a user with these roles may open the screen. */
export const canOpen = (roles: readonly string[], screen: ScreenMeta): boolean => screen.roles.some((r) => roles.includes(r));
