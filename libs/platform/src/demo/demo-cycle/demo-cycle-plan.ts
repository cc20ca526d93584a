import { seededRandom } from '@par/kernel';
import { applyRule, leavesOf, parseFramework, type Framework, type Leaf, type RuleInput } from '@par/scoring';
import { demoCycleFrameworkYaml, demoCycleItems, demoCycleUnits, type DemoItem } from './demo-cycle-framework';

/**
 * What every actor of the demo cycle does, decided in advance from a seed (pure, deterministic): each unit's self
 * scores or figures, which evidence it uploads and where it writes an explanation instead, the appraisers' scores
 * and reasons, the units that answer the preliminary result (giải trình) and the appraisers' second decisions.
 * The driver (run-demo-cycle.ts) sends exactly this through the gateway; expected-ranking.ts computes from it, with
 * the engine directly, the ranking the platform must publish.
 */
export interface DemoSelfItem {
  readonly subCriterionCode: string;
  readonly score?: number;
  readonly figures?: { yes?: boolean; numerator?: number; denominator?: number };
  /** The points the framework's rule gives (what the platform stores as the self score). */
  readonly points: number;
}
export interface DemoAppraisal {
  readonly subCriterionCode: string;
  readonly score: number;
  readonly reason: string | null;
}
export interface DemoExplanation {
  readonly criterionCode: string;
  readonly subCriterionCode: string;
  readonly text: string;
  readonly outcome: 'KEPT' | 'CHANGED';
  /** The score after the decision (CHANGED) or the appraised score kept. */
  readonly score: number;
  readonly reason: string;
}
export interface DemoUnitPlan {
  readonly unitId: string;
  readonly unitName: string;
  readonly unitCode: string;
  readonly self: readonly DemoSelfItem[];
  /** Items whose required evidence the unit uploads (a PDF); the others with evidenceRequired get an explanation. */
  readonly evidenceFor: readonly string[];
  readonly explainedWithoutEvidence: readonly string[];
  readonly appraisal: readonly DemoAppraisal[];
  readonly explanation: DemoExplanation | null;
}
export interface DemoCyclePlan {
  readonly frameworkYaml: string;
  readonly framework: Framework;
  readonly items: readonly DemoItem[];
  readonly units: readonly DemoUnitPlan[];
}

export interface DemoCycleSize {
  readonly units: number;
  readonly seed?: number;
  readonly province: string;
  readonly frameworkId: string;
  readonly year: number;
  readonly unitPrefix?: string;
}

const quarter = (x: number) => Math.round(x * 4) / 4;

function selfItem(item: DemoItem, leaf: Leaf, random: () => number): DemoSelfItem {
  const input = (r: RuleInput) => {
    const outcome = applyRule(leaf.rule, leaf.max, r);
    if (outcome.points === undefined) throw new Error(`demo plan: ${item.code} ${outcome.explanation}`);
    return outcome.points;
  };
  if (item.rule === 'yes-no') {
    const yes = random() < 0.85;
    return { subCriterionCode: item.code, figures: { yes }, points: input({ yes }) };
  }
  if (item.rule === 'ratio') {
    const denominator = 40 + Math.floor(random() * 60);
    const numerator = denominator - Math.floor(random() * 6);
    return { subCriterionCode: item.code, figures: { numerator, denominator }, points: input({ numerator, denominator }) };
  }
  const score = quarter(item.max * (0.55 + random() * 0.45));
  return { subCriterionCode: item.code, score, points: score };
}

/** The appraiser keeps most self scores, and lowers some (by 0,25–0,5 points, or to "no") with a reason. */
function appraisalOf(item: DemoItem, self: DemoSelfItem, random: () => number): DemoAppraisal {
  const lower = item.rule !== 'ratio' && self.points > 0 && random() < 0.12;
  if (!lower) return { subCriterionCode: item.code, score: self.points, reason: null };
  const score = item.rule === 'yes-no' ? 0 : Math.max(0, quarter(self.points - (random() < 0.5 ? 0.25 : 0.5)));
  const reason =
    item.rule === 'yes-no'
      ? 'Văn bản ban hành chậm so với thời hạn quy định'
      : `Tài liệu kiểm chứng chưa chứng minh đầy đủ kết quả (tự chấm ${self.points}, thẩm định ${score})`;
  return { subCriterionCode: item.code, score, reason };
}

/** Every third unit answers its first lowered item; the appraiser restores half of them and keeps the rest. */
function explanationOf(unitIndex: number, items: readonly DemoItem[], self: readonly DemoSelfItem[], appraisal: readonly DemoAppraisal[]) {
  if (unitIndex % 3 !== 0) return null;
  const i = appraisal.findIndex((a) => a.reason !== null);
  if (i < 0) return null;
  const restored = unitIndex % 2 === 0;
  const a = appraisal[i]!;
  return {
    criterionCode: items[i]!.criterionCode,
    subCriterionCode: a.subCriterionCode,
    text: `Đơn vị bổ sung báo cáo kết quả thực hiện tiêu chí ${a.subCriterionCode} kèm tài liệu kiểm chứng.`,
    outcome: restored ? 'CHANGED' : 'KEPT',
    score: restored ? self[i]!.points : a.score,
    reason: restored ? 'Tài liệu bổ sung chứng minh đơn vị hoàn thành nội dung' : 'Tài liệu bổ sung không làm thay đổi kết quả thẩm định',
  } as const;
}

/** The whole plan of a demo cycle of `size.units` communes over the 80-sub-criterion framework. */
export function planDemoCycle(size: DemoCycleSize): DemoCyclePlan {
  const frameworkYaml = demoCycleFrameworkYaml(size.province, size.frameworkId, size.year);
  const parsed = parseFramework(frameworkYaml);
  if (!parsed.ok || !parsed.framework) throw new Error(`demo framework invalid: ${JSON.stringify(parsed.problems)}`);
  const framework = parsed.framework;
  const items = demoCycleItems();
  const leaves = new Map(leavesOf(framework).map((l) => [l.code, l]));
  const random = seededRandom(size.seed ?? 2026);
  const units = demoCycleUnits(size.units, size.unitPrefix).map((u, unitIndex): DemoUnitPlan => {
    const self = items.map((item) => selfItem(item, leaves.get(item.code)!, random));
    const appraisal = items.map((item, i) => appraisalOf(item, self[i]!, random));
    const required = items.filter((i) => i.evidenceRequired).map((i) => i.code);
    const withoutEvidence = unitIndex % 4 === 1 ? required.slice(0, 1) : [];
    return {
      unitId: u.id,
      unitName: u.name,
      unitCode: u.code,
      self,
      evidenceFor: required.filter((c) => !withoutEvidence.includes(c)),
      explainedWithoutEvidence: withoutEvidence,
      appraisal,
      explanation: explanationOf(unitIndex, items, self, appraisal),
    };
  });
  return { frameworkYaml, framework, items, units };
}

/** A unit's final score per sub-criterion: the appraised score, or the score decided on its explanation. */
export function finalScores(unit: DemoUnitPlan): Record<string, number> {
  const scores = Object.fromEntries(unit.appraisal.map((a) => [a.subCriterionCode, a.score]));
  if (unit.explanation) scores[unit.explanation.subCriterionCode] = unit.explanation.score;
  return scores;
}
