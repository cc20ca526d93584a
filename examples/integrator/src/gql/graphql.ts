/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Công bố lần đầu hoặc điều chỉnh sau công bố (theo quyết định mới) */
export type RankingVersionKind = 'CORRECTED' | 'PUBLISHED';

export type OfficialRankingQueryVariables = Exact<{
  cycleId: string | number;
  version?: number | null | undefined;
}>;

export type OfficialRankingQuery = {
  officialRanking: {
    latestVersion: number;
    cycle: { id: string; name: string; year: number };
    version: { version: number; kind: RankingVersionKind; decisionNumber: string; decisionDate: string; reason: string | null };
    rows: Array<{
      rank: number;
      unitId: string;
      total: number;
      maxPoints: number;
      indexPercent: number;
      classLabel: string | null;
      unit: { name: string };
    }>;
  } | null;
};

export type RankingVersionsQueryVariables = Exact<{
  cycleId: string | number;
}>;

export type RankingVersionsQuery = {
  rankingVersions: Array<{
    version: number;
    kind: RankingVersionKind;
    decisionNumber: string;
    decisionDate: string;
    reason: string | null;
    correctsVersion: number | null;
    publishedAt: string;
  }>;
};

export const OfficialRankingDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'OfficialRanking' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cycleId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'officialRanking' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'cycleId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cycleId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'version' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'latestVersion' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'cycle' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'year' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'version' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decisionNumber' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'rank' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'unitId' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'unit' },
                        selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'name' } }] },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'maxPoints' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'indexPercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'classLabel' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OfficialRankingQuery, OfficialRankingQueryVariables>;
export const RankingVersionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RankingVersions' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'cycleId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rankingVersions' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'cycleId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'cycleId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionNumber' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decisionDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'correctsVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RankingVersionsQuery, RankingVersionsQueryVariables>;
