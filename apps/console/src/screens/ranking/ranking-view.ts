import { formatDay } from '../../format/format';

export type RankingView = 'provisional' | 'official';

/** The provisional ranking is the DHA's and the appraisers' (the server enforces it); everyone reads the official one. */
export const rankingViews = (roles: readonly string[]): RankingView[] =>
  roles.includes('dha_admin') || roles.includes('appraiser') ? ['provisional', 'official'] : ['official'];

export interface VersionInfo {
  version: number;
  kind: string;
  decisionNumber: string;
  decisionDate: string;
  signer: string | null;
  reason: string | null;
}

/** "Chính thức — Quyết định số 12/QĐ-UBND ngày 07/05/2024" (and the version when it is a correction). */
export function officialHeading(v: VersionInfo): string {
  const correction = v.kind === 'CORRECTED' ? ` (điều chỉnh, phiên bản ${v.version})` : '';
  return `Chính thức — Quyết định số ${v.decisionNumber} ngày ${formatDay(v.decisionDate)}${correction}`;
}

/** The label of a version in the version picker. */
export const versionLabel = (v: VersionInfo): string =>
  `Phiên bản ${v.version}: ${v.kind === 'CORRECTED' ? 'điều chỉnh' : 'công bố'} theo Quyết định số ${v.decisionNumber} ngày ${formatDay(v.decisionDate)}`;
