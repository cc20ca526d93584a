import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Args, Field, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { graphql, printSchema } from 'graphql';
import { connectionType, PageArgsInput } from './connection';
import { pageOf } from './paging';
import { DateScalar, DateTimeScalar } from './scalars';

@Module({})
class ExampleModule {}

@ObjectType('Sample', { registerIn: () => ExampleModule })
class Sample {
  @Field(() => ID) id!: string;
  @Field(() => DateScalar) effectiveDate!: string;
  @Field() recordedAt!: Date;
}
const SampleConnection = connectionType(Sample, { name: 'Sample', registerIn: () => ExampleModule });

const ROWS: Sample[] = [1, 2, 3].map((i) => ({
  id: `s${i}`,
  effectiveDate: `2025-07-0${i}`,
  recordedAt: new Date(Date.UTC(2025, 6, i, 8)),
}));

@Resolver()
class SampleResolver {
  @Query(() => SampleConnection)
  samples(@Args() page: PageArgsInput) {
    return pageOf(ROWS, page, (s) => [s.id], ROWS.length);
  }
}

describe('code-first building blocks: DateTime/Date scalars and connections', () => {
  it('build a schema with Relay connections and the scalars, and page through it', async () => {
    const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
    await app.init();
    const schema = await app.get(GraphQLSchemaFactory).create([SampleResolver], {
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
      includeModules: [ExampleModule],
    } as never);
    await app.close();
    const sdl = printSchema(schema);
    expect(sdl).toContain('scalar DateTime');
    expect(sdl).toContain('scalar Date');
    expect(sdl).toMatch(
      /type SampleConnection \{[^}]*edges: \[SampleEdge!\]![^}]*nodes: \[Sample!\]![^}]*pageInfo: PageInfo![^}]*totalCount: Int/s,
    );
    const args = schema
      .getQueryType()!
      .getFields()
      ['samples']!.args.map((a) => `${a.name}: ${String(a.type)}`);
    expect(args).toEqual(['first: Int', 'after: String']);

    // the schema alone (resolvers are bound by GraphQLModule in a service): the root value calls the resolver
    const rootValue = { samples: (args: PageArgsInput) => new SampleResolver().samples(args) };
    const run = async (q: string) => graphql({ schema, source: q, rootValue, contextValue: {} });
    const page1 = await run(
      '{ samples(first: 2) { nodes { id effectiveDate recordedAt } pageInfo { hasNextPage endCursor } totalCount } }',
    );
    expect(page1.errors).toBeUndefined();
    const data = page1.data as { samples: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number } };
    expect(data.samples.nodes).toEqual([
      { id: 's1', effectiveDate: '2025-07-01', recordedAt: '2025-07-01T08:00:00.000Z' },
      { id: 's2', effectiveDate: '2025-07-02', recordedAt: '2025-07-02T08:00:00.000Z' },
    ]);
    expect(data.samples.pageInfo.hasNextPage).toBe(true);
    const page2 = await run(`{ samples(after: "${data.samples.pageInfo.endCursor}") { edges { node { id } } pageInfo { hasNextPage } } }`);
    expect(page2.data).toEqual({ samples: { edges: [{ node: { id: 's3' } }], pageInfo: { hasNextPage: false } } });
    const bad = await run('{ samples(first: 500) { totalCount } }');
    expect(bad.errors?.[0]?.message).toBe('Số dòng mỗi trang (first) phải từ 1 đến 200.');
  });
});
