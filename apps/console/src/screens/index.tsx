import type { ComponentType } from 'react';
import type { ScreenId } from '../navigation/screens';
import { HomeScreen } from './home/HomeScreen';
import { FrameworksScreen } from './frameworks/FrameworksScreen';
import { UnitsScreen } from './units/UnitsScreen';
import { CyclesScreen } from './cycles/CyclesScreen';
import { RankingScreen } from './ranking/RankingScreen';
import { SelfAssessmentScreen } from './self-assessment/SelfAssessmentScreen';
import { AuditScreen } from './audit/AuditScreen';
import { AppraisalQueueScreen } from './appraisal-queue/AppraisalQueueScreen';
import { AppraisalScreen } from './appraisal/AppraisalScreen';
import { CycleDashboardScreen } from './cycle-dashboard/CycleDashboardScreen';
import { ExplanationsScreen } from './explanations/ExplanationsScreen';

/** The component of each screen of `navigation/screens.ts` (one folder per screen). */
export const SCREEN_COMPONENTS: Record<ScreenId, ComponentType> = {
  home: HomeScreen,
  frameworks: FrameworksScreen,
  units: UnitsScreen,
  cycles: CyclesScreen,
  ranking: RankingScreen,
  selfAssessment: SelfAssessmentScreen,
  audit: AuditScreen,
  appraisalQueue: AppraisalQueueScreen,
  appraisal: AppraisalScreen,
  cycleDashboard: CycleDashboardScreen,
  explanations: ExplanationsScreen,
};
