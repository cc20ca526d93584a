import type { Framework, Leaf, Problem } from '../framework/framework.types';
import type { UnitResults } from './evaluate-cycle.types';
import { prepareFramework, type PreparedFramework } from './prepared-framework';

/** A problem of one unit's results, placed under `/units/<unitId>`. */
export function unitProblem(unitId: string, path: string, code: string, message: string, detail: string): Problem {
  return { path: `/units/${unitId}${path}`, code, message, detail };
}

function unknownCode(unitId: string, path: string, code: string): Problem {
  return unitProblem(unitId, path, 'UNKNOWN_CODE', `Mã "${code}" không có trong bộ tiêu chí.`, `Unknown code ${code}`);
}

/** Codes the unit names that the framework does not have, and "not applicable" declared where it is not allowed. */
export function checkDeclaredCodes(prepared: PreparedFramework, unit: UnitResults, notApplicable: ReadonlySet<string>): Problem[] {
  const problems = checkNotApplicable(prepared, unit.unitId, notApplicable);
  for (const code of Object.keys(unit.scores))
    if (!prepared.leafByCode.has(code)) problems.push(unknownCode(unit.unitId, `/scores/${code}`, code));
  return problems;
}

function checkNotApplicable(prepared: PreparedFramework, unitId: string, codes: Iterable<string>): Problem[] {
  const problems: Problem[] = [];
  for (const code of codes) {
    const leaf = prepared.leafByCode.get(code);
    if (!leaf) problems.push(unknownCode(unitId, `/notApplicable`, code));
    else if ((leaf.applicability?.mode ?? 'always') === 'always')
      problems.push(
        unitProblem(
          unitId,
          `/notApplicable`,
          'NOT_APPLICABLE_NOT_ALLOWED',
          `Tiêu chí "${code}" áp dụng cho mọi đơn vị, không thể khai báo "không áp dụng".`,
          `Node ${code} applies always`,
        ),
      );
  }
  return problems;
}

/**
 * A unit's not-applicable list checked on its own (e.g. a GraphQL input before it is stored): every code that is not
 * a scored node of the framework (`UNKNOWN_CODE`) or whose applicability is not `conditional`
 * (`NOT_APPLICABLE_NOT_ALLOWED`), under `/units/<unitId>/notApplicable`. Empty when the list can be applied.
 */
export function notApplicableProblems(fw: Framework, unitId: string, codes: Iterable<string>): Problem[] {
  return checkNotApplicable(prepareFramework(fw), unitId, new Set(codes));
}

/** The scored nodes a unit may declare not applicable (applicability `conditional`), in document order. */
export function conditionalNodesOf(fw: Framework): Leaf[] {
  return prepareFramework(fw).leaves.filter((l) => l.applicability?.mode === 'conditional');
}
