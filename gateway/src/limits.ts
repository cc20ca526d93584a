import {
  GraphQLError,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type ASTVisitor,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';

/** Every request limit of the gateway, in one place. Override any of them through `GatewayOptions.limits`. */
export interface GatewayLimits {
  /** Deepest selection nesting (armor max-depth). */
  readonly maxDepth: number;
  /** Aliases per operation (armor max-aliases): one alias re-runs a resolver. */
  readonly maxAliases: number;
  /** Lexer tokens per document (armor max-tokens): bounds parsing before anything else runs. */
  readonly maxTokens: number;
  /** Directives per operation (armor max-directives). */
  readonly maxDirectives: number;
  /** Generic cost of an operation (armor cost-limit: objects 2, scalars 1, ×1.5 per level). */
  readonly maxCost: number;
  /** Budget for the expensive fields below, counted per occurrence (aliases and fragment spreads included). */
  readonly maxExpensiveCost: number;
  /** Weight of each expensive field, by `Type.field`. */
  readonly expensiveFields: Readonly<Record<string, number>>;
  /** Root mutation fields per operation: each one writes events. */
  readonly maxMutations: number;
  /**
   * Depth inside `__schema`/`__type` (the explorer's introspection query is 15 deep: its `ofType` chain), checked
   * by our rule instead of armor's max-depth, with at most `maxIntrospectionLists` nested list fields
   * (`types`, `fields`, `args`…) along a path so that the answer cannot multiply.
   */
  readonly maxIntrospectionDepth: number;
  readonly maxIntrospectionLists: number;
}

export const DEFAULT_GATEWAY_LIMITS: GatewayLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 5000,
  maxExpensiveCost: 100,
  expensiveFields: {
    'Query.verifyAuditTrail': 40, // re-hashes the whole province's event store
    'Query.scoreHistory': 10,
    'Query.auditHistory': 10, // a page (≤ 200) and the streams it touches, folded
    'Query.assessmentAsOf': 5,
    'Query.assessmentDiff': 10,
    'Query.cycleScoresAsOf': 40, // every unit stream of the cycle
    'Query.cycleDiff': 40,
    'Query.auditExport': 50, // the whole cycle's events, as a file
    'Query.lostPointsReport': 10,
    'Mutation.validateFrameworkFile': 40, // parses an uploaded spreadsheet
    'Mutation.importFrameworkFile': 40,
  },
  maxMutations: 5,
  maxIntrospectionDepth: 16,
  maxIntrospectionLists: 3,
};

export type LimitCode =
  | 'QUERY_TOO_DEEP'
  | 'TOO_MANY_ALIASES'
  | 'QUERY_TOO_COMPLEX'
  | 'TOO_MANY_TOKENS'
  | 'TOO_MANY_DIRECTIVES'
  | 'TOO_MANY_MUTATIONS'
  | 'BAD_REQUEST';

/** A refusal in the platform's error shape: Vietnamese message, stable code, English detail. */
export function limitError(code: LimitCode, messageVi: string, detail: string): GraphQLError {
  return new GraphQLError(messageVi, { extensions: { code, detail } });
}

/** Armor reports `Syntax Error: <English text>`; it becomes the detail of a coded, Vietnamese error. */
function refuseWith(code: LimitCode, messageVi: string) {
  return [
    (_ctx: ValidationContext | null, err: GraphQLError): void => {
      throw limitError(code, messageVi, err.message.replace(/^Syntax Error: /, ''));
    },
  ];
}

/** What the cost walk needs of a document: its schema and its fragments (a `ValidationContext` has both). */
export type DocumentScope = Pick<ValidationContext, 'getSchema' | 'getFragment'>;

/** Walks an operation with fragments expanded (each spread counts again); cycles are cut. */
export function expensiveCost(
  ctx: DocumentScope,
  set: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  weights: Readonly<Record<string, number>>,
  spreads: readonly string[] = [],
): number {
  let cost = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) continue;
      const def = parent.getFields()[sel.name.value];
      cost += weights[`${parent.name}.${sel.name.value}`] ?? 0;
      if (def && sel.selectionSet) cost += expensiveCost(ctx, sel.selectionSet, getNamedType(def.type), weights, spreads);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const type = sel.typeCondition ? ctx.getSchema().getType(sel.typeCondition.name.value) : parent;
      cost += expensiveCost(ctx, sel.selectionSet, type ?? undefined, weights, spreads);
    } else {
      const name = sel.name.value;
      const fragment = ctx.getFragment(name);
      if (!fragment || spreads.includes(name)) continue;
      const type = ctx.getSchema().getType(fragment.typeCondition.name.value) ?? undefined;
      cost += expensiveCost(ctx, fragment.selectionSet, type, weights, [...spreads, name]);
    }
  }
  return cost;
}

/** Root fields of a selection set, with fragments at the root expanded. */
export function rootFieldCount(ctx: DocumentScope, set: SelectionSetNode, spreads: readonly string[] = []): number {
  let count = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) count += sel.name.value === '__typename' ? 0 : 1;
    else if (sel.kind === Kind.INLINE_FRAGMENT) count += rootFieldCount(ctx, sel.selectionSet, spreads);
    else {
      const fragment = ctx.getFragment(sel.name.value);
      if (fragment && !spreads.includes(sel.name.value)) count += rootFieldCount(ctx, fragment.selectionSet, [...spreads, sel.name.value]);
    }
  }
  return count;
}

const INTROSPECTION_LISTS = new Set(['types', 'fields', 'args', 'inputFields', 'interfaces', 'possibleTypes', 'enumValues', 'directives']);

/** The deepest nesting and the most nested list fields below an introspection root (fragments expanded). */
function introspectionShape(ctx: DocumentScope, set: SelectionSetNode, spreads: readonly string[] = []): { depth: number; lists: number } {
  let depth = 0;
  let lists = 0;
  for (const sel of set.selections) {
    let inner: { depth: number; lists: number } = { depth: 0, lists: 0 };
    let own = { depth: 0, lists: 0 };
    if (sel.kind === Kind.FIELD) {
      own = { depth: 1, lists: INTROSPECTION_LISTS.has(sel.name.value) ? 1 : 0 };
      if (sel.selectionSet) inner = introspectionShape(ctx, sel.selectionSet, spreads);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) inner = introspectionShape(ctx, sel.selectionSet, spreads);
    else {
      const fragment = ctx.getFragment(sel.name.value);
      if (fragment && !spreads.includes(sel.name.value))
        inner = introspectionShape(ctx, fragment.selectionSet, [...spreads, sel.name.value]);
    }
    depth = Math.max(depth, own.depth + inner.depth);
    lists = Math.max(lists, own.lists + inner.lists);
  }
  return { depth, lists };
}

/** Per-field cost (armor's cost limit has no field weights) and the mutation count, per operation. */
export function operationBudgetRule(limits: GatewayLimits) {
  return (ctx: ValidationContext): ASTVisitor => ({
    OperationDefinition(op) {
      const root = ctx.getSchema().getRootType(op.operation);
      const cost = expensiveCost(ctx, op.selectionSet, root ?? undefined, limits.expensiveFields);
      if (cost > limits.maxExpensiveCost) {
        ctx.reportError(
          limitError(
            'QUERY_TOO_COMPLEX',
            `Truy vấn quá phức tạp: các trường tốn tài nguyên (kiểm tra chuỗi kiểm toán, lịch sử điểm, báo cáo điểm bị trừ, tải tệp) vượt hạn mức ${limits.maxExpensiveCost}. Hãy tách thành nhiều yêu cầu nhỏ hơn.`,
            `Expensive-field cost limit of ${limits.maxExpensiveCost} exceeded, found ${cost}`,
          ),
        );
      }
      if (op.operation !== 'mutation') return;
      const mutations = rootFieldCount(ctx, op.selectionSet);
      if (mutations > limits.maxMutations) {
        ctx.reportError(
          limitError(
            'TOO_MANY_MUTATIONS',
            `Một yêu cầu chỉ được thực hiện tối đa ${limits.maxMutations} thao tác ghi; yêu cầu này có ${mutations}.`,
            `Mutation limit of ${limits.maxMutations} root fields per operation exceeded, found ${mutations}`,
          ),
        );
      }
    },
    Field(node) {
      if (node.name.value !== '__schema' || !node.selectionSet) return;
      const shape = introspectionShape(ctx, node.selectionSet);
      if (shape.depth + 1 > limits.maxIntrospectionDepth || shape.lists > limits.maxIntrospectionLists) {
        ctx.reportError(
          limitError(
            'QUERY_TOO_DEEP',
            `Truy vấn lược đồ (introspection) lồng quá sâu: tối đa ${limits.maxIntrospectionDepth} cấp và ${limits.maxIntrospectionLists} danh sách lồng nhau.`,
            `Introspection depth limit of ${limits.maxIntrospectionDepth} (or ${limits.maxIntrospectionLists} nested lists) exceeded, found ${shape.depth + 1} (${shape.lists} lists)`,
          ),
        );
      }
    },
    // An inline `1e999` parses to Infinity: refused here instead of reaching a subgraph.
    FloatValue(node) {
      if (!Number.isFinite(Number(node.value))) {
        ctx.reportError(
          limitError(
            'BAD_REQUEST',
            `Giá trị số ${node.value.slice(0, 20)} trong truy vấn không hợp lệ (quá lớn).`,
            'Float literal is not a finite number',
          ),
        );
      }
    },
  });
}

/** graphql-armor's Envelop plugins (parse and validation phase) and the gateway's own budget rule. */
export function limitPlugins(limits: GatewayLimits): GatewayPlugin[] {
  const armor = EnvelopArmorPlugin({
    blockFieldSuggestion: { enabled: true },
    maxTokens: {
      n: limits.maxTokens,
      onReject: refuseWith('TOO_MANY_TOKENS', `Truy vấn quá dài: vượt quá ${limits.maxTokens} ký hiệu (token).`),
    },
    maxDepth: {
      n: limits.maxDepth,
      flattenFragments: true,
      // `__schema { … }` is bounded by operationBudgetRule instead (maxIntrospectionDepth/Lists): the explorer's
      // introspection query is 15 deep
      ignoreIntrospection: true,
      onReject: refuseWith('QUERY_TOO_DEEP', `Truy vấn lồng quá sâu: tối đa ${limits.maxDepth} cấp.`),
    },
    maxAliases: {
      n: limits.maxAliases,
      onReject: refuseWith('TOO_MANY_ALIASES', `Truy vấn dùng quá nhiều bí danh (alias): tối đa ${limits.maxAliases}.`),
    },
    maxDirectives: {
      n: limits.maxDirectives,
      onReject: refuseWith('TOO_MANY_DIRECTIVES', `Truy vấn dùng quá nhiều chỉ thị (directive): tối đa ${limits.maxDirectives}.`),
    },
    costLimit: {
      maxCost: limits.maxCost,
      onReject: refuseWith('QUERY_TOO_COMPLEX', `Truy vấn quá phức tạp: chi phí vượt hạn mức ${limits.maxCost}.`),
    },
  });
  const budget: GatewayPlugin = {
    onValidate({ addValidationRule }) {
      addValidationRule(operationBudgetRule(limits));
    },
  };
  return [armor as unknown as GatewayPlugin, budget];
}
