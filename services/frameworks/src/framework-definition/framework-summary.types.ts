import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { FrameworkState } from '@par/frameworks-domain';
import { DecisionType, FrameworkAmendmentType } from '../framework-tree/framework-tree.types';

@ObjectType('FrameworkVersionSummary', { description: 'Một phiên bản đã ban hành' })
export class FrameworkVersionSummaryType {
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field(() => Float) totalMaxPoints!: number;
  @Field(() => DecisionType) decision!: DecisionType;
  @Field() validFrom!: string;
  @Field() validTo!: string;
  @Field(() => FrameworkAmendmentType, { nullable: true }) amends!: FrameworkAmendmentType | null;
}

@ObjectType('FrameworkDraft', { description: 'Bản dự thảo (chưa ban hành)' })
export class FrameworkDraftType {
  @Field() name!: string;
  @Field(() => Float) totalMaxPoints!: number;
  @Field(() => Int, { nullable: true, description: 'The version it amends, if any' }) basedOnVersion!: number | null;
  @Field(() => DecisionType, { nullable: true, description: 'Quyết định sửa đổi' }) amendingDecision!: DecisionType | null;
}

@ObjectType('FrameworkSummary', { description: 'Bộ tiêu chí: its published versions and the open draft' })
export class FrameworkSummaryType {
  @Field(() => ID) frameworkId!: string;
  @Field() name!: string;
  @Field() unitType!: string;
  @Field(() => Int, { description: '0 before the first version' }) latestVersion!: number;
  @Field(() => [FrameworkVersionSummaryType]) versions!: FrameworkVersionSummaryType[];
  @Field(() => FrameworkDraftType, { nullable: true }) draft!: FrameworkDraftType | null;
}

/** The framework as its stream says. */
export function toFrameworkSummary(frameworkId: string, state: FrameworkState): FrameworkSummaryType {
  const latest = state.draft?.content ?? state.versions.at(-1)?.content;
  return {
    frameworkId,
    name: latest?.name ?? frameworkId,
    unitType: latest?.unitType ?? '',
    latestVersion: state.latestFrameworkVersion,
    versions: state.versions.map((v) => ({
      version: v.frameworkVersion,
      name: v.content.name,
      totalMaxPoints: v.content.totalMaxPoints,
      decision: v.decision,
      validFrom: v.validFrom,
      validTo: v.validTo,
      amends: v.amends,
    })),
    draft: state.draft && {
      name: state.draft.content.name,
      totalMaxPoints: state.draft.content.totalMaxPoints,
      basedOnVersion: state.draft.basedOnVersion,
      amendingDecision: state.draft.amendingDecision,
    },
  };
}
