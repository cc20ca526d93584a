import type { CycleEvaluation, Framework, LostItem, UnitEvaluation } from '@par/scoring';
import type { ReportDocument } from '../model/report-document';
import type { EventPosition } from '../model/event-position';
import type { OfficialRankingInput } from './official-ranking';

/** The header block and signature the issuing department chooses (plain text; defaults filled by the caller). */
export interface ReportHeaderInput {
  superior?: string;
  issuer: string;
  /** e.g. "Số: 118/BC-SNV" or "Số:      /BC-SNV" for a draft to be numbered by the clerk. */
  number: string;
  place: string;
  /** `YYYY-MM-DD` (the injected clock, in Vietnam time). */
  date: string;
  signerTitle?: string;
  signerName?: string;
  recipients?: string[];
}

export interface CycleInfo {
  id: string;
  name: string;
  year: number;
  unitType: string;
}

/** Everything the ranking report is built from: the framework, the evaluated cycle (with leaves) and notes on the sources. */
export interface RankingReportInput {
  header: ReportHeaderInput;
  cycle: CycleInfo;
  framework: Framework;
  /** `evaluateCycle(framework, results, { includeLeaves: true, subordinates })` of the cycle's units. */
  evaluation: CycleEvaluation;
  /** What the sources do not have yet (e.g. survey results not yet published), said in the report (Vietnamese). */
  notes?: string[];
  /**
   * The cycle's latest official ranking version, or `null` before publication ("Kết quả tạm thời, chưa công bố").
   * Left out (offline reports of files) the report says nothing of versions.
   */
  official?: OfficialRankingInput | null;
  /** The event positions of the read models the report was built from (printed at the end). */
  positions?: EventPosition[];
}

const UNIT_TYPES_VI: Record<string, { plural: string; short: string }> = {
  district: { plural: 'UBND các huyện, thành phố (cấp huyện)', short: 'cấp huyện' },
  commune: { plural: 'UBND các xã, phường, thị trấn (cấp xã)', short: 'cấp xã' },
  department: { plural: 'các sở, ban, ngành', short: 'sở, ban, ngành' },
};
export const unitTypeVi = (t: string) => UNIT_TYPES_VI[t] ?? { plural: `các đơn vị loại ${t}`, short: t };

/** Units in rank order (unranked last), then by name. */
export function byRank(units: readonly UnitEvaluation[]): UnitEvaluation[] {
  return [...units].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (a.unitName ?? a.unitId).localeCompare(b.unitName ?? b.unitId, 'vi'),
  );
}

/** The appraised-part items where points were lost, as the seed lists them (aggregates by their itemised names). */
export interface LostRow {
  name: string;
  /** The criterion's code; empty for the itemised parts of an aggregate (the source names them without codes). */
  code: string;
  /** The scored node the points belong to (the aggregate for itemised parts). */
  nodeCode: string;
  lost: number;
  /** Unknown (null) for the itemised parts of an aggregate: the source gives only the points lost. */
  max: number | null;
  achieved: number | null;
  reason: string | null;
  componentCode: string;
}
export function lostAppraisedItems(u: UnitEvaluation, componentCode?: string): LostRow[] {
  const items = u.lostPoints.items.filter(
    (i: LostItem) => i.method === 'appraised' && i.lost > 0 && (!componentCode || i.componentCode === componentCode),
  );
  return items.flatMap((i): LostRow[] => {
    const base = { componentCode: i.componentCode, code: i.code, nodeCode: i.code, max: i.max, achieved: i.achieved };
    if (!i.items?.length) return [{ ...base, name: i.name, lost: i.lost, reason: i.reason ?? null }];
    const named = i.items.map((x) => ({
      ...base,
      code: '',
      max: null,
      achieved: null,
      name: x.name,
      lost: x.points,
      reason: x.reason ?? null,
    }));
    return i.notItemised
      ? [...named, { ...base, code: '', max: null, achieved: null, name: 'Phần chưa nêu chi tiết', lost: i.notItemised, reason: null }]
      : named;
  });
}

/** The header part of a report document from the header input. */
export function documentFrame(h: ReportHeaderInput): Pick<ReportDocument, 'header' | 'kind' | 'recipients' | 'signer'> {
  return {
    header: { ...(h.superior && { superior: h.superior }), issuer: h.issuer, number: h.number, place: h.place, date: h.date },
    kind: 'BÁO CÁO',
    recipients: h.recipients ?? ['Lưu: VT.'],
    ...(h.signerTitle && { signer: { title: h.signerTitle, ...(h.signerName && { name: h.signerName }) } }),
  };
}
