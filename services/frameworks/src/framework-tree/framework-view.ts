import { describeRuleVi, type AggregateNode, type Criterion, type Framework, type ScoringFields, type SubCriterion } from '@par/scoring';
import type { FrameworkContent, PublishedFrameworkVersion } from '@par/frameworks-domain';
import type { FrameworkVersionType } from '../read-catalog/catalog.types';
import { MeasurementMethodEnum, type FrameworkCriterionType, type FrameworkSubCriterionType } from './framework-tree.types';

type Node = { code: string; name: string; max: number; note?: string } & Partial<ScoringFields>;

function scored(node: Node) {
  const { type, ...parameters } = node.rule ?? { type: '' };
  return {
    code: node.code,
    name: node.name,
    maxPoints: node.max,
    method: node.method ? (node.method as MeasurementMethodEnum) : null,
    rule: node.rule ? { type, parameters, descriptionVi: describeRuleVi(node.rule, node.max) } : null,
    departments: node.departments ?? [],
    applicability: { mode: node.applicability?.mode ?? 'always', condition: node.applicability?.condition ?? null },
    note: node.note ?? null,
  };
}

const subCriterion = (s: SubCriterion): FrameworkSubCriterionType => scored(s);
const criterion = (c: Criterion): FrameworkCriterionType => ({ ...scored(c), subCriteria: (c.subCriteria ?? []).map(subCriterion) });
const aggregate = (a: AggregateNode) => scored(a);

/** Metadata of a published version (absent for a draft). */
export type VersionMeta = Pick<PublishedFrameworkVersion, 'decision' | 'validFrom' | 'validTo' | 'amends'> & { frameworkVersion: number };

/** The whole tree of a framework version (or draft, version 0) from its definition, for GraphQL. */
export function toFrameworkView(content: FrameworkContent, meta: VersionMeta | null): FrameworkVersionType {
  const fw = content.definition as Framework;
  const bands = fw.classification?.bands ?? [];
  return {
    frameworkId: content.frameworkId,
    version: meta?.frameworkVersion ?? 0,
    name: content.name,
    unitType: content.unitType,
    totalMaxPoints: content.totalMaxPoints,
    items: content.items,
    components: (fw.components ?? []).map((c) => ({
      code: c.code,
      name: c.name,
      maxPoints: c.max,
      shortName: c.shortName ?? null,
      criteria: (c.criteria ?? []).map(criterion),
      aggregates: (c.aggregates ?? []).map(aggregate),
    })),
    decision: meta?.decision.number ? meta.decision : null,
    validFrom: meta?.validFrom || null,
    validTo: meta?.validTo || null,
    amends: meta?.amends ?? null,
    rounding: fw.rounding ? { decimals: fw.rounding.decimals, mode: fw.rounding.mode, at: fw.rounding.at } : null,
    classificationBasis: fw.classification?.basis ?? 'index',
    // bands are listed highest first: a band's upper bound is the min of the band above it
    classificationBands: bands.map((b, i) => ({
      code: b.class,
      label: b.label,
      min: b.min ?? 0,
      max: i === 0 ? null : (bands[i - 1]!.min ?? null),
    })),
    departments: fw.departments ?? [],
  };
}
