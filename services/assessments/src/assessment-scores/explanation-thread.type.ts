import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ExplanationThread } from '@par/assessments-domain';

export enum ExplanationOutcome {
  KEPT = 'kept',
  CHANGED = 'changed',
}
registerEnumType(ExplanationOutcome, { name: 'ExplanationOutcome', description: 'Quyết định về giải trình: giữ nguyên hoặc điều chỉnh' });

@ObjectType('ExplanationEntry', {
  description: 'Một lượt trong luồng giải trình: giải trình của đơn vị hoặc quyết định của người thẩm định',
})
export class ExplanationEntryType {
  @Field({ description: 'EXPLANATION (đơn vị giải trình) hoặc DECISION (quyết định thẩm định)' }) kind!: 'EXPLANATION' | 'DECISION';
  @Field() at!: string;
  @Field(() => String, { nullable: true, description: 'Nội dung giải trình' }) text!: string | null;
  @Field(() => [String], { description: 'SHA-256 của tài liệu kiểm chứng kèm theo' }) evidenceSha256s!: string[];
  @Field(() => ExplanationOutcome, { nullable: true }) outcome!: ExplanationOutcome | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true, description: 'Tiêu chí thành phần được điều chỉnh điểm' }) subCriterionCode!: string | null;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Float, { nullable: true }) previousScore!: number | null;
  @Field(() => String, { nullable: true, description: 'Người thực hiện (chỉ có khi đọc từ nhật ký: explanationThread)' }) actorId!:
    string | null;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field(() => Int, { nullable: true, description: 'Stream version of the event (explanationThread)' }) streamVersion!: number | null;
}

@ObjectType('ExplanationThread', { description: 'Luồng giải trình của một tiêu chí' })
export class ExplanationThreadType {
  @Field() code!: string;
  @Field({ description: 'Đang chờ người thẩm định quyết định' }) open!: boolean;
  @Field(() => [ExplanationEntryType]) entries!: ExplanationEntryType[];
}

const noActor = { actorId: null, actorName: null, streamVersion: null };

/** A thread of the folded state as GraphQL's `ExplanationThread` (no actors: the state does not keep them). */
export function toThreadView(code: string, thread: ExplanationThread): ExplanationThreadType {
  return {
    code,
    open: thread.open,
    entries: thread.entries.map((e) =>
      e.kind === 'explanation'
        ? {
            kind: 'EXPLANATION',
            at: e.at,
            text: e.text,
            evidenceSha256s: [...e.evidenceSha256s],
            outcome: null,
            reason: null,
            subCriterionCode: null,
            score: null,
            previousScore: null,
            ...noActor,
          }
        : {
            kind: 'DECISION',
            at: e.at,
            text: null,
            evidenceSha256s: [],
            outcome: e.outcome as ExplanationOutcome,
            reason: e.reason,
            subCriterionCode: e.subCriterionCode,
            score: e.score,
            previousScore: e.previousScore,
            ...noActor,
          },
    ),
  };
}
