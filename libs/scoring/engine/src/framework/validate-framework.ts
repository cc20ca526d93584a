import { Ajv, type ErrorObject } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { decimalsOf, formatVi, isMultipleOf, toScaled } from '../numbers/decimal';
import { frameworkJsonSchema } from './framework.schema';
import { parseShare } from './framework-nodes';
import type { AggregateNode, Criterion, Framework, NodeMethod, Problem, ScoringFields, ValidationResult } from './framework.types';

const ajv = new Ajv({ allErrors: true, strict: false });
const checkSchema = ajv.compile(frameworkJsonSchema);

function problem(path: string, code: string, message: string, detail: string): Problem {
  return { path, code, message, detail };
}

function schemaProblem(e: ErrorObject): Problem {
  const path = e.instancePath || '/';
  switch (e.keyword) {
    case 'required':
      return problem(
        path,
        'SCHEMA_REQUIRED',
        `Thiếu trường bắt buộc "${String(e.params['missingProperty'])}".`,
        `Missing required property ${String(e.params['missingProperty'])}`,
      );
    case 'additionalProperties':
      return problem(
        path,
        'SCHEMA_UNKNOWN_FIELD',
        `Trường "${String(e.params['additionalProperty'])}" không có trong định dạng bộ tiêu chí.`,
        `Unknown property ${String(e.params['additionalProperty'])}`,
      );
    case 'enum':
    case 'const':
      return problem(
        path,
        'SCHEMA_VALUE',
        `Giá trị không hợp lệ; các giá trị được phép: ${JSON.stringify(e.params['allowedValues'] ?? e.params['allowedValue'])}.`,
        `${e.message ?? 'invalid value'}`,
      );
    case 'type':
      return problem(path, 'SCHEMA_TYPE', `Sai kiểu dữ liệu (cần ${String(e.params['type'])}).`, e.message ?? 'wrong type');
    default:
      return problem(path, 'SCHEMA_' + e.keyword.toUpperCase(), `Giá trị không hợp lệ: ${e.message ?? ''}.`, e.message ?? e.keyword);
  }
}

/** Parses a framework document (YAML or JSON, guessed from the first character when omitted) and validates it. */
export function parseFramework(text: string, format?: 'yaml' | 'json'): ValidationResult {
  const fmt = format ?? (/^\s*[{[]/.test(text) ? 'json' : 'yaml');
  let obj: unknown;
  try {
    obj = fmt === 'json' ? JSON.parse(text) : parseYaml(text, { prettyErrors: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      problems: [problem('/', 'PARSE_ERROR', `Không đọc được tệp ${fmt.toUpperCase()}: ${msg}`, `Cannot parse ${fmt}: ${msg}`)],
    };
  }
  return validateFramework(obj);
}

const fmt = (n: number) => formatVi(n, 6, false);

/**
 * Validates a framework object: JSON Schema shape (ajv) and the semantic rules (sums, duplicate codes,
 * departments, rule bounds, bands, declared structure counts). Every problem is reported with its path.
 */
export function validateFramework(obj: unknown): ValidationResult {
  const problems: Problem[] = [];
  if (!checkSchema(obj)) problems.push(...(checkSchema.errors ?? []).map(schemaProblem));
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    if (problems.length === 0) problems.push(problem('/', 'SCHEMA_TYPE', 'Bộ tiêu chí phải là một đối tượng.', 'Not an object'));
    return { ok: false, problems };
  }
  try {
    semanticChecks(obj as Framework, problems);
  } catch (e) {
    // Only reachable when the shape is already broken (reported above); never hide the schema problems.
    if (problems.length === 0) throw e;
  }
  const ok = problems.length === 0;
  return ok ? { ok, framework: obj as Framework, problems } : { ok, problems };
}

function arr<T>(x: T[] | undefined): T[] {
  return Array.isArray(x) ? x : [];
}

function semanticChecks(fw: Framework, problems: Problem[]): void {
  const d = fw.rounding?.decimals ?? 3;
  const same = (a: number, b: number) => toScaled(a, d + 3) === toScaled(b, d + 3);
  const deptCodes = new Set<string>();
  arr(fw.departments).forEach((dep, i) => {
    if (deptCodes.has(dep.code))
      problems.push(
        problem(
          `/departments/${i}/code`,
          'DUPLICATE_DEPARTMENT',
          `Mã phòng/sở "${dep.code}" bị trùng.`,
          `Duplicate department code ${dep.code}`,
        ),
      );
    deptCodes.add(dep.code);
  });

  const seen = new Map<string, string>();
  const checkCode = (code: string, path: string) => {
    const prev = seen.get(code);
    if (prev !== undefined)
      problems.push(
        problem(
          `${path}/code`,
          'DUPLICATE_CODE',
          `Mã "${code}" bị trùng (đã dùng tại ${prev}).`,
          `Duplicate code ${code}, first at ${prev}`,
        ),
      );
    else seen.set(code, path);
  };

  const checkScoring = (n: (Partial<ScoringFields> & { code: string }) | AggregateNode, path: string, isAggregate: boolean) => {
    if (n.max !== undefined && decimalsOf(n.max) > d)
      problems.push(
        problem(
          `${path}/max`,
          'MAX_PRECISION',
          `Điểm tối đa ${fmt(n.max)} có nhiều chữ số thập phân hơn quy định làm tròn (${d}).`,
          `Max ${n.max} has more decimals than rounding.decimals=${d}`,
        ),
      );
    if (n.method === 'mixed' && !isAggregate)
      problems.push(
        problem(
          `${path}/method`,
          'MIXED_METHOD_NOT_AGGREGATE',
          'Phương pháp "mixed" chỉ dùng cho nhóm điểm chưa chi tiết (aggregate).',
          'method "mixed" is only allowed on aggregates',
        ),
      );
    arr(n.departments).forEach((dc, j) => {
      if (!deptCodes.has(dc))
        problems.push(
          problem(
            `${path}/departments/${j}`,
            'UNKNOWN_DEPARTMENT',
            `Phòng/sở "${dc}" không có trong danh sách phòng/sở của bộ tiêu chí.`,
            `Department ${dc} is not declared in framework.departments`,
          ),
        );
    });
    const r = n.rule;
    const max = n.max ?? 0;
    if (!r) return;
    const over = (what: string, value: number, rp: string) =>
      problems.push(
        problem(
          `${path}/rule${rp}`,
          'RULE_EXCEEDS_MAX',
          `Quy tắc chấm có thể cho ${fmt(value)} điểm (${what}), vượt điểm tối đa ${fmt(max)}.`,
          `Rule can yield ${value} (${what}) above max ${max}`,
        ),
      );
    switch (r.type) {
      case 'manual':
        if (r.step !== undefined) {
          if (r.step > max && max > 0) over('bước chấm', r.step, '/step');
          else if (!isMultipleOf(max, r.step))
            problems.push(
              problem(
                `${path}/rule/step`,
                'STEP_MISMATCH',
                `Điểm tối đa ${fmt(max)} không chia hết cho bước chấm ${fmt(r.step)}.`,
                `max ${max} is not a multiple of step ${r.step}`,
              ),
            );
        }
        break;
      case 'bands':
        arr(r.bands).forEach((b, j) => {
          if (b.points > max) over(`mức ${j + 1}`, b.points, `/bands/${j}/points`);
          if (b.min !== undefined && b.max !== undefined && b.min > b.max)
            problems.push(problem(`${path}/rule/bands/${j}`, 'BAND_EMPTY', `Mức ${j + 1} có cận dưới lớn hơn cận trên.`, `band min > max`));
        });
        if (r.otherwise !== undefined && r.otherwise > max) over('không đạt mức nào', r.otherwise, '/otherwise');
        break;
      case 'deduction':
        if (r.from !== undefined && r.from > max) over('điểm xuất phát', r.from, '/from');
        break;
      case 'rate':
        if (n.method !== undefined && n.method !== 'survey' && n.method !== 'satisfaction')
          problems.push(
            problem(
              `${path}/rule/type`,
              'RULE_METHOD_MISMATCH',
              'Quy tắc tỷ lệ hài lòng/điều tra chỉ dùng cho tiêu chí đo bằng điều tra XHH hoặc SIPAS.',
              `rule "rate" requires method survey or satisfaction, got ${n.method}`,
            ),
          );
        break;
      default:
        break;
    }
  };

  const sumMismatch = (path: string, what: string, declared: number, sum: number, parts: string) =>
    problems.push(
      problem(
        path,
        'MAX_SUM_MISMATCH',
        `${what}: điểm tối đa khai báo ${fmt(declared)} nhưng tổng ${parts} là ${fmt(sum)}.`,
        `${what}: declared max ${declared} but ${parts} sum to ${sum}`,
      ),
    );

  const fwByMethod: Partial<Record<NodeMethod, number>> = {};
  let compSum = 0;
  const totals = { criteria: 0, subCriteria: 0, surveySubCriteria: 0 };
  arr(fw.components).forEach((c, ci) => {
    const cp = `/components/${ci}`;
    checkCode(c.code, cp);
    compSum += c.max ?? 0;
    let childSum = 0;
    const byMethod: Partial<Record<NodeMethod, number>> = {};
    const addMethod = (m: NodeMethod | undefined, v: number) => {
      if (!m) return;
      byMethod[m] = (byMethod[m] ?? 0) + v;
      fwByMethod[m] = (fwByMethod[m] ?? 0) + v;
    };
    const counted = { criteria: 0, subCriteria: 0, surveySubCriteria: 0 };
    arr(c.criteria).forEach((cr: Criterion, ri) => {
      const rp = `${cp}/criteria/${ri}`;
      checkCode(cr.code, rp);
      if (typeof cr.code === 'string' && typeof c.code === 'string' && !cr.code.startsWith(c.code + '.'))
        problems.push(
          problem(
            `${rp}/code`,
            'CODE_PREFIX',
            `Mã tiêu chí "${cr.code}" phải bắt đầu bằng mã lĩnh vực "${c.code}.".`,
            `Criterion code ${cr.code} does not start with ${c.code}.`,
          ),
        );
      childSum += cr.max ?? 0;
      counted.criteria++;
      const subs = arr(cr.subCriteria);
      if (subs.length > 0) {
        if (cr.rule || cr.method)
          problems.push(
            problem(
              rp,
              'CRITERION_RULE_WITH_SUBCRITERIA',
              `Tiêu chí "${cr.code}" có tiêu chí thành phần nên không được tự mang quy tắc chấm/phương pháp đo.`,
              'A criterion with sub-criteria must not carry rule/method itself',
            ),
          );
        let s = 0;
        subs.forEach((sc, si) => {
          const sp = `${rp}/subCriteria/${si}`;
          checkCode(sc.code, sp);
          if (typeof sc.code === 'string' && !sc.code.startsWith(cr.code + '.'))
            problems.push(
              problem(
                `${sp}/code`,
                'CODE_PREFIX',
                `Mã tiêu chí thành phần "${sc.code}" phải bắt đầu bằng mã tiêu chí "${cr.code}.".`,
                `Sub-criterion code ${sc.code} does not start with ${cr.code}.`,
              ),
            );
          s += sc.max ?? 0;
          counted.subCriteria++;
          if (sc.method === 'survey') counted.surveySubCriteria++;
          addMethod(sc.method, sc.max ?? 0);
          checkScoring(sc, sp, false);
        });
        if (!same(s, cr.max)) sumMismatch(`${rp}/max`, `Tiêu chí ${cr.code}`, cr.max, s, 'các tiêu chí thành phần');
      } else {
        const missing = (['method', 'rule', 'departments'] as const).filter((k) => cr[k] === undefined);
        if (missing.length > 0)
          problems.push(
            problem(
              rp,
              'CRITERION_WITHOUT_SCORING',
              `Tiêu chí "${cr.code}" không có tiêu chí thành phần nên phải có: ${missing.join(', ')}.`,
              `Criterion without sub-criteria must define ${missing.join(', ')}`,
            ),
          );
        addMethod(cr.method, cr.max ?? 0);
        checkScoring(cr, rp, false);
      }
    });
    arr(c.aggregates).forEach((ag: AggregateNode, ai) => {
      const ap = `${cp}/aggregates/${ai}`;
      checkCode(ag.code, ap);
      childSum += ag.max ?? 0;
      addMethod(ag.method, ag.max ?? 0);
      counted.criteria += ag.covers?.criteria ?? 0;
      counted.subCriteria += ag.covers?.subCriteria ?? 0;
      counted.surveySubCriteria += ag.covers?.surveySubCriteria ?? (ag.method === 'survey' ? (ag.covers?.subCriteria ?? 0) : 0);
      checkScoring(ag, ap, true);
    });
    if (arr(c.criteria).length + arr(c.aggregates).length === 0)
      problems.push(
        problem(
          cp,
          'EMPTY_COMPONENT',
          `Lĩnh vực "${c.code}" không có tiêu chí nào để chấm điểm.`,
          'Component has no criteria or aggregates',
        ),
      );
    else if (!same(childSum, c.max)) sumMismatch(`${cp}/max`, `Lĩnh vực ${c.code}`, c.max, childSum, 'các tiêu chí');
    for (const [m, v] of Object.entries(c.maxByMethod ?? {}) as [NodeMethod, number][]) {
      if (!same(v, byMethod[m] ?? 0))
        sumMismatch(`${cp}/maxByMethod/${m}`, `Lĩnh vực ${c.code} (${m})`, v, byMethod[m] ?? 0, `các tiêu chí đo bằng ${m}`);
    }
    const dc = c.declaredCounts;
    if (dc) {
      for (const k of ['criteria', 'subCriteria', 'surveySubCriteria'] as const) {
        // A partial component cannot count its criteria (aggregates may straddle them): the declaration stands.
        if (k === 'criteria' && c.detail === 'partial') {
          totals[k] += dc[k] ?? 0;
          continue;
        }
        if (dc[k] !== undefined && dc[k] !== counted[k])
          problems.push(
            problem(
              `${cp}/declaredCounts/${k}`,
              'COUNT_MISMATCH',
              `Lĩnh vực ${c.code}: khai báo ${dc[k]} ${countVi[k]} nhưng bộ tiêu chí có ${counted[k]}.`,
              `Component ${c.code}: declared ${k}=${dc[k]}, found ${counted[k]}`,
            ),
          );
        totals[k] += dc[k] ?? counted[k];
      }
    } else {
      totals.criteria += counted.criteria;
      totals.subCriteria += counted.subCriteria;
      totals.surveySubCriteria += counted.surveySubCriteria;
    }
  });
  if (typeof fw.totalMax === 'number' && !same(compSum, fw.totalMax))
    sumMismatch('/totalMax', 'Bộ tiêu chí', fw.totalMax, compSum, 'các lĩnh vực');
  for (const [m, v] of Object.entries(fw.maxByMethod ?? {}) as [NodeMethod, number][]) {
    if (!same(v, fwByMethod[m] ?? 0))
      sumMismatch(`/maxByMethod/${m}`, `Bộ tiêu chí (${m})`, v, fwByMethod[m] ?? 0, `các tiêu chí đo bằng ${m}`);
  }
  if (fw.declaredCounts) {
    for (const k of ['criteria', 'subCriteria', 'surveySubCriteria'] as const) {
      const v = fw.declaredCounts[k];
      if (v !== undefined && v !== totals[k])
        problems.push(
          problem(
            `/declaredCounts/${k}`,
            'COUNT_MISMATCH',
            `Bộ tiêu chí khai báo ${v} ${countVi[k]} nhưng các lĩnh vực cộng lại ${totals[k]}.`,
            `Framework declares ${k}=${v}, components sum to ${totals[k]}`,
          ),
        );
    }
  }
  if (fw.period && fw.period.from > fw.period.to)
    problems.push(
      problem('/period', 'PERIOD_INVALID', 'Giai đoạn áp dụng không hợp lệ (năm bắt đầu sau năm kết thúc).', 'period.from > period.to'),
    );
  if (fw.year !== undefined && fw.period && (fw.year < fw.period.from || fw.year > fw.period.to))
    problems.push(problem('/year', 'YEAR_OUTSIDE_PERIOD', `Năm ${fw.year} nằm ngoài giai đoạn áp dụng.`, 'year outside period'));

  // Classification bands: highest first, strictly decreasing, lowest open-ended, unique classes.
  const bands = arr(fw.classification?.bands);
  const classes = new Set<string>();
  bands.forEach((b, i) => {
    const bp = `/classification/bands/${i}`;
    if (classes.has(b.class))
      problems.push(problem(`${bp}/class`, 'DUPLICATE_CLASS', `Loại "${b.class}" bị trùng.`, `Duplicate class ${b.class}`));
    classes.add(b.class);
    const prev = bands[i - 1];
    if (prev && (b.min ?? 0) >= (prev.min ?? 0))
      problems.push(
        problem(
          `${bp}/min`,
          'BANDS_NOT_DESCENDING',
          'Các mức xếp loại phải xếp từ cao xuống thấp với ngưỡng giảm dần.',
          'Bands must be ordered highest first with strictly decreasing min',
        ),
      );
    const top = fw.classification?.basis === 'total' ? fw.totalMax : 100;
    if (b.min !== undefined && b.min > top)
      problems.push(
        problem(
          `${bp}/min`,
          'BAND_UNREACHABLE',
          `Ngưỡng ${fmt(b.min)} của loại "${b.label}" vượt mức tối đa ${fmt(top)}.`,
          'Band min above maximum',
        ),
      );
  });
  const lowest = bands[bands.length - 1];
  if (lowest && (lowest.min ?? 0) > 0)
    problems.push(
      problem(
        `/classification/bands/${bands.length - 1}/min`,
        'BANDS_GAP',
        'Mức xếp loại thấp nhất phải bắt đầu từ 0 để mọi điểm số đều được xếp loại.',
        'Lowest band must start at 0',
      ),
    );
  arr(fw.classification?.adjustments).forEach((a, i) => {
    const share = parseShare(a.minShare);
    if (!share || share.num <= 0 || share.num > share.den)
      problems.push(
        problem(
          `/classification/adjustments/${i}/minShare`,
          'SHARE_INVALID',
          'Tỷ lệ tối thiểu phải lớn hơn 0 và không vượt quá 1 (ví dụ "2/3").',
          'minShare must be in (0, 1]',
        ),
      );
    if ((a.drop ?? 1) >= bands.length)
      problems.push(
        problem(
          `/classification/adjustments/${i}/drop`,
          'DROP_TOO_LARGE',
          'Số bậc hạ loại vượt số mức xếp loại.',
          'drop >= number of bands',
        ),
      );
  });
}

const countVi = { criteria: 'tiêu chí', subCriteria: 'tiêu chí thành phần', surveySubCriteria: 'tiêu chí thành phần điều tra XHH' };
