import type { Problem } from '../framework/framework.types';
import type { UnitResults } from './evaluate-cycle.types';
import type { PreparedFramework } from './prepared-framework';

/** A problem of one unit's results, placed under `/units/<unitId>`. */
export function unitProblem(unitId: string, path: string, code: string, message: string, detail: string): Problem {
  return { path: `/units/${unitId}${path}`, code, message, detail };
}

function unknownCode(unitId: string, path: string, code: string): Problem {
  return unitProblem(unitId, path, 'UNKNOWN_CODE', `Mã "${code}" không có trong bộ tiêu chí.`, `Unknown code ${code}`);
}

/** Codes the unit names that the framework does not have, and "not applicable" declared where it is not allowed. */
export function checkDeclaredCodes(prepared: PreparedFramework, unit: UnitResults, notApplicable: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const code of notApplicable) {
    const leaf = prepared.leafByCode.get(code);
    if (!leaf) problems.push(unknownCode(unit.unitId, `/notApplicable`, code));
    else if ((leaf.applicability?.mode ?? 'always') === 'always')
      problems.push(
        unitProblem(
          unit.unitId,
          `/notApplicable`,
          'NOT_APPLICABLE_NOT_ALLOWED',
          `Tiêu chí "${code}" áp dụng cho mọi đơn vị, không thể khai báo "không áp dụng".`,
          `Node ${code} applies always`,
        ),
      );
  }
  for (const code of Object.keys(unit.scores))
    if (!prepared.leafByCode.has(code)) problems.push(unknownCode(unit.unitId, `/scores/${code}`, code));
  return problems;
}
