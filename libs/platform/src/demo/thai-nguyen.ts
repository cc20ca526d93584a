import { existsSync, readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { UNIT_IMPORT_COLUMNS, type UnitImportField, type UnitImportRow } from '@par/frameworks-domain';
import { demoFrameworkYaml } from './demo-framework';

/**
 * The 2026 demo province: Thái Nguyên as formed by the 2025 merger with the former Bắc Kạn (two-level local
 * government from 01/07/2025): its departments, 12 communes and wards with their lineage from the former
 * districts' communes (examples/units/thai-nguyen-2025.csv), a 2026 commune-level cycle, and the Bắc Kạn 2023
 * district and commune cycles as history (the seed report's frameworks, examples/frameworks/bac-kan-2023-*.yaml,
 * and units with the ids of examples/results/bac-kan-2023-*).
 */
export const THAI_NGUYEN = 'thai-nguyen';

/** A file of the repository's `examples/` (from the sources and from `dist/`). */
export function examplesFile(rel: string): string {
  for (const up of ['../../../../', '../../../../../']) {
    const url = new URL(`${up}examples/${rel}`, import.meta.url);
    if (existsSync(url)) return readFileSync(url, 'utf8');
  }
  throw new Error(`examples/${rel} not found`);
}

const FIELD_BY_HEADER = new Map<string, UnitImportField>(
  (Object.entries(UNIT_IMPORT_COLUMNS) as [UnitImportField, string][]).map(([f, h]) => [h, f]),
);

/** The demo unit list as import rows (semicolon-separated CSV, header row 1). */
export function thaiNguyenUnitRows(): UnitImportRow[] {
  const table = parseCsv(examplesFile('units/thai-nguyen-2025.csv'), { delimiter: ';', bom: true }) as string[][];
  const fields = table[0]!.map((h) => FIELD_BY_HEADER.get(h.trim()));
  return table.slice(1).map((cells, i) => {
    const row: UnitImportRow = { sheet: null, row: i + 2 };
    fields.forEach((f, c) => f && (row[f] = cells[c] ?? ''));
    return row;
  });
}

/** A Bắc Kạn 2023 framework (examples/frameworks), published in the merged province as history. */
export const bacKan2023FrameworkYaml = (level: 'district' | 'commune') =>
  examplesFile(`frameworks/bac-kan-2023-${level}.yaml`).replace(/^province: bac-kan$/m, `province: ${THAI_NGUYEN}`);

/** The 2026 commune-level demo framework (the demo's 10-point tree, for communes, wards and special zones). */
export const thaiNguyen2026FrameworkYaml = () =>
  demoFrameworkYaml(THAI_NGUYEN)
    .replace('id: demo-district', 'id: thai-nguyen-2026-commune')
    .replace(
      'Bộ tiêu chí Chỉ số CCHC cấp huyện (bản thử nghiệm)',
      'Bộ tiêu chí Chỉ số CCHC cấp xã, phường, đặc khu tỉnh Thái Nguyên (bản thử nghiệm)',
    )
    .replace('unitType: district', 'unitType: commune')
    .replace('period: { from: 2025, to: 2025 }', 'period: { from: 2026, to: 2030 }')
    .replace('year: 2025', 'year: 2026')
    .replace('decision: { number: 01/QĐ-DEMO, date: "2025-01-15"', 'decision: { number: 15/QĐ-UBND, date: "2026-01-20"');

export const THAI_NGUYEN_CYCLES = [
  {
    id: '2023-district',
    name: 'Chỉ số CCHC cấp huyện năm 2023 (tỉnh Bắc Kạn cũ)',
    year: 2023,
    unitType: 'district',
    frameworkId: 'bac-kan-2023-district',
    frameworkVersion: 1,
  },
  {
    id: '2023-commune',
    name: 'Chỉ số CCHC cấp xã năm 2023 (tỉnh Bắc Kạn cũ)',
    year: 2023,
    unitType: 'commune',
    frameworkId: 'bac-kan-2023-commune',
    frameworkVersion: 1,
  },
  {
    id: '2026-commune',
    name: 'Chỉ số CCHC cấp xã năm 2026',
    year: 2026,
    unitType: 'commune',
    frameworkId: 'thai-nguyen-2026-commune',
    frameworkVersion: 1,
  },
];
