import { problem, type FrameworkCheck } from './framework-check';

/** Codes are unique across the whole framework. */
export function checkUniqueCode(check: FrameworkCheck, code: string, path: string): void {
  const prev = check.seenCodes.get(code);
  if (prev !== undefined)
    check.problems.push(
      problem(`${path}/code`, 'DUPLICATE_CODE', `Mã "${code}" bị trùng (đã dùng tại ${prev}).`, `Duplicate code ${code}, first at ${prev}`),
    );
  else check.seenCodes.set(code, path);
}

/** A child's code starts with its parent's code and a dot ("1.2" under "1"). */
export function checkCodePrefix(
  check: FrameworkCheck,
  path: string,
  code: string,
  parentCode: string,
  kind: 'criterion' | 'subCriterion',
): void {
  if (code.startsWith(parentCode + '.')) return;
  check.problems.push(
    kind === 'criterion'
      ? problem(
          `${path}/code`,
          'CODE_PREFIX',
          `Mã tiêu chí "${code}" phải bắt đầu bằng mã lĩnh vực "${parentCode}.".`,
          `Criterion code ${code} does not start with ${parentCode}.`,
        )
      : problem(
          `${path}/code`,
          'CODE_PREFIX',
          `Mã tiêu chí thành phần "${code}" phải bắt đầu bằng mã tiêu chí "${parentCode}.".`,
          `Sub-criterion code ${code} does not start with ${parentCode}.`,
        ),
  );
}

/** Department codes are unique; they are collected for the nodes' references. */
export function checkDepartments(check: FrameworkCheck): void {
  (Array.isArray(check.fw.departments) ? check.fw.departments : []).forEach((dep, i) => {
    if (check.departmentCodes.has(dep.code))
      check.problems.push(
        problem(
          `/departments/${i}/code`,
          'DUPLICATE_DEPARTMENT',
          `Mã phòng/sở "${dep.code}" bị trùng.`,
          `Duplicate department code ${dep.code}`,
        ),
      );
    check.departmentCodes.add(dep.code);
  });
}
