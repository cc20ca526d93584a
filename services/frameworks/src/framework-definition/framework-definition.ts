import { ValidationError, type RequestContext } from '@par/kernel';
import { parseFramework, type Framework, type Problem } from '@par/scoring';
import type { FrameworkContent } from '@par/frameworks-domain';
import { toScoringItems } from '../publish-framework/to-scoring-items';

/** A problem of a framework file as users see it: where (JSON pointer, and line/column when the parser knows). */
export interface DefinitionProblem {
  path: string;
  code: string;
  message: string;
  detail: string;
  line: number | null;
  column: number | null;
}

export const toDefinitionProblem = (p: Problem & { line?: number; column?: number }): DefinitionProblem => ({
  path: p.path,
  code: p.code,
  message: p.message,
  detail: p.detail,
  line: p.line ?? null,
  column: p.column ?? null,
});

const where = (p: DefinitionProblem) =>
  p.line !== null ? `${p.path} (dòng ${p.line}${p.column !== null ? `, cột ${p.column}` : ''})` : p.path;

/** `FRAMEWORK_INVALID` listing every problem (in `meta.problems`), the first three in the message. */
export function frameworkInvalidError(problems: DefinitionProblem[]): ValidationError {
  return new ValidationError({
    code: 'FRAMEWORK_INVALID',
    messageVi: `Bộ tiêu chí không hợp lệ: ${problems.length} lỗi. ${problems
      .slice(0, 3)
      .map((p) => `${where(p)}: ${p.message}`)
      .join('; ')}`,
    detail: problems.map((p) => `${p.path}${p.line !== null ? `:${p.line}:${p.column ?? 0}` : ''} ${p.code}: ${p.detail}`).join('\n'),
    meta: { problems },
  });
}

/** The framework's content as events carry it (the definition and the flattened scoring items). */
export function contentOf(fw: Framework): FrameworkContent {
  return {
    frameworkId: fw.id,
    name: fw.name,
    unitType: fw.unitType,
    definition: fw,
    components: fw.components.map((c) => ({ code: c.code, name: c.name, maxPoints: c.max })),
    items: toScoringItems(fw),
    totalMaxPoints: fw.totalMax,
  };
}

/**
 * Parses and validates a definition in the documented format (YAML or JSON) with `@par/scoring`; every problem
 * is reported (`FRAMEWORK_INVALID`). A framework of another province than the session's is refused.
 */
export function readDefinition(ctx: RequestContext, text: string, format: 'yaml' | 'json'): Framework {
  const parsed = parseFramework(text, format);
  if (!parsed.ok || !parsed.framework) throw frameworkInvalidError(parsed.problems.map(toDefinitionProblem));
  const fw = parsed.framework;
  if (fw.province !== ctx.province) {
    throw new ValidationError({
      code: 'FRAMEWORK_PROVINCE_MISMATCH',
      messageVi: `Bộ tiêu chí thuộc tỉnh "${fw.province}", không phải tỉnh của phiên làm việc.`,
      detail: `Framework province ${fw.province} differs from the session province ${ctx.province}`,
    });
  }
  return fw;
}
