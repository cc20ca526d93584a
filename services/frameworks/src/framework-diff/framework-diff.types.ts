import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { JsonScalar } from '../framework-tree/json.scalar';

@ObjectType('FrameworkFieldChange', { description: 'A changed field: old → new' })
export class FieldChangeType {
  @Field() field!: string;
  @Field(() => JsonScalar, { nullable: true }) from!: unknown;
  @Field(() => JsonScalar, { nullable: true }) to!: unknown;
}

@ObjectType('FrameworkNodeChange', { description: 'A node added, removed or changed between two versions' })
export class NodeChangeType {
  @Field({ description: 'framework | component | criterion | sub-criterion | aggregate | band' }) kind!: string;
  @Field() code!: string;
  @Field({ description: 'added | removed | changed' }) change!: string;
  @Field() name!: string;
  @Field(() => [FieldChangeType]) fields!: FieldChangeType[];
}

@ObjectType('FrameworkDiff', { description: 'Khác biệt giữa hai phiên bản bộ tiêu chí' })
export class FrameworkDiffType {
  @Field(() => ID) frameworkId!: string;
  @Field(() => Int) fromVersion!: number;
  @Field(() => Int) toVersion!: number;
  @Field(() => [NodeChangeType]) changes!: NodeChangeType[];
}
