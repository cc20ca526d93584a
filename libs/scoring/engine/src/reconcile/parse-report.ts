import { parse as parseYaml } from 'yaml';
import type { Problem } from '../framework/framework.types';
import type { PublishedReport } from './report.types';

const KINDS = ['framework-summary', 'component-table', 'ranking-table', 'unit-detail'];

/** Parses a published report (YAML or JSON). Shape errors are returned, not thrown. */
export function parseReport(text: string, format?: 'yaml' | 'json'): { ok: boolean; report?: PublishedReport; problems: Problem[] } {
  const f = format ?? (/^\s*[{[]/.test(text) ? 'json' : 'yaml');
  let obj: unknown;
  try {
    obj = f === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, problems: [{ path: '/', code: 'PARSE_ERROR', message: `Không đọc được tệp báo cáo: ${msg}`, detail: msg }] };
  }
  const problems: Problem[] = [];
  const sections = (obj as { sections?: unknown } | null)?.sections;
  if (!Array.isArray(sections))
    problems.push({
      path: '/sections',
      code: 'SCHEMA_REQUIRED',
      message: 'Báo cáo phải có danh sách "sections".',
      detail: 'sections[] required',
    });
  else sections.forEach((s: Record<string, unknown>, i) => problems.push(...sectionProblems(s, i)));
  return problems.length === 0 ? { ok: true, report: obj as PublishedReport, problems } : { ok: false, problems };
}

function sectionProblems(s: Record<string, unknown>, i: number): Problem[] {
  const problems: Problem[] = [];
  if (!KINDS.includes(String(s?.['kind'])))
    problems.push({
      path: `/sections/${i}/kind`,
      code: 'SCHEMA_VALUE',
      message: `Loại mục không hợp lệ; được phép: ${KINDS.join(', ')}.`,
      detail: 'bad kind',
    });
  for (const k of ['id', 'framework'])
    if (typeof s?.[k] !== 'string')
      problems.push({ path: `/sections/${i}/${k}`, code: 'SCHEMA_REQUIRED', message: `Thiếu trường "${k}".`, detail: `${k} required` });
  if ((s?.['kind'] === 'component-table' || s?.['kind'] === 'ranking-table') && !Array.isArray(s?.['rows']))
    problems.push({
      path: `/sections/${i}/rows`,
      code: 'SCHEMA_REQUIRED',
      message: 'Bảng phải có danh sách "rows".',
      detail: 'rows[] required',
    });
  if (s?.['kind'] === 'unit-detail' && !Array.isArray(s?.['components']))
    problems.push({
      path: `/sections/${i}/components`,
      code: 'SCHEMA_REQUIRED',
      message: 'Mục chi tiết đơn vị phải có "components".',
      detail: 'components[] required',
    });
  return problems;
}
