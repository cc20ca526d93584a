/**
 * The framework and the units of `npm run demo:cycle` (and of the whole-cycle e2e): a commune-level framework of
 * 8 components × 5 criteria × 2 sub-criteria (80 sub-criteria, 100 points) shaped like a real 2026 commune
 * framework — manual scores on a 0,25 step, yes/no items, ratio items scored from the unit's figures, and items whose
 * evidence (tài liệu kiểm chứng) is required — and a list of communes. Pure and deterministic.
 */

/** The 8 components of a commune-level PAR framework and their maxima (sum 100). */
const COMPONENTS: readonly { name: string; max: number }[] = [
  { name: 'Công tác chỉ đạo, điều hành cải cách hành chính', max: 10 },
  { name: 'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật', max: 8 },
  { name: 'Cải cách thủ tục hành chính', max: 16 },
  { name: 'Cải cách tổ chức bộ máy hành chính nhà nước', max: 10 },
  { name: 'Cải cách chế độ công vụ', max: 12 },
  { name: 'Cải cách tài chính công', max: 10 },
  { name: 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', max: 14 },
  { name: 'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội', max: 20 },
];
const CRITERIA_PER_COMPONENT = 5;
const SUBS_PER_CRITERION = 2;

export type DemoItemRule = 'manual' | 'yes-no' | 'ratio';

/** One sub-criterion of the demo framework, as the plan and the expected ranking need it. */
export interface DemoItem {
  readonly code: string;
  readonly criterionCode: string;
  readonly name: string;
  readonly max: number;
  readonly rule: DemoItemRule;
  readonly evidenceRequired: boolean;
}

/** Ten maxima on a 0,5 step whose sum is the component's maximum. */
function splitMax(max: number, parts: number): number[] {
  const base = Math.floor((max / parts) * 2) / 2;
  let extra = Math.round((max - base * parts) * 2);
  return Array.from({ length: parts }, () => base + (extra-- > 0 ? 0.5 : 0));
}

const ruleOf = (i: number): DemoItemRule => (i % 10 === 3 ? 'yes-no' : i % 10 === 6 ? 'ratio' : 'manual');

/** The 80 sub-criteria of the demo framework, in framework order. */
export function demoCycleItems(): DemoItem[] {
  const items: DemoItem[] = [];
  COMPONENTS.forEach((component, c) => {
    const maxima = splitMax(component.max, CRITERIA_PER_COMPONENT * SUBS_PER_CRITERION);
    for (let k = 0; k < CRITERIA_PER_COMPONENT * SUBS_PER_CRITERION; k++) {
      const criterionCode = `${c + 1}.${Math.floor(k / SUBS_PER_CRITERION) + 1}`;
      const i = items.length;
      const rule = ruleOf(i);
      items.push({
        code: `${criterionCode}.${(k % SUBS_PER_CRITERION) + 1}`,
        criterionCode,
        name: itemName(rule, i),
        max: maxima[k]!,
        rule,
        evidenceRequired: i % 10 === 1,
      });
    }
  });
  return items;
}

function itemName(rule: DemoItemRule, i: number): string {
  if (rule === 'ratio') return `Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn (nhóm ${i + 1})`;
  if (rule === 'yes-no') return `Ban hành văn bản triển khai đúng thời hạn (nội dung ${i + 1})`;
  return `Mức độ hoàn thành nhiệm vụ (nội dung ${i + 1})`;
}

const yamlRule = (item: DemoItem) =>
  item.rule === 'manual'
    ? '{ type: manual, step: 0.25 }'
    : item.rule === 'yes-no'
      ? '{ type: yes-no }'
      : '{ type: ratio, unitLabel: hồ sơ }';

/** The framework in the documented YAML format (docs/framework-format.md). */
export function demoCycleFrameworkYaml(province: string, frameworkId: string, year: number): string {
  const items = demoCycleItems();
  const lines = [
    'schemaVersion: 1',
    `id: ${frameworkId}`,
    `name: Bộ tiêu chí Chỉ số CCHC cấp xã năm ${year} (dữ liệu mô phỏng)`,
    `province: ${province}`,
    'unitType: commune',
    `period: { from: ${year}, to: ${year} }`,
    `year: ${year}`,
    'version: "1"',
    `decision: { number: 01/QĐ-MOPHONG, date: "${year}-01-15", issuer: UBND tỉnh (dữ liệu mô phỏng) }`,
    'totalMax: 100',
    'rounding: { decimals: 2, mode: half-up, at: leaf }',
    'departments:',
    '  - { code: SNV, name: Sở Nội vụ }',
    '  - { code: VP, name: Văn phòng UBND tỉnh }',
    'classification:',
    '  basis: index',
    '  bands:',
    '    - { class: excellent, label: Xuất sắc, min: 90 }',
    '    - { class: good, label: Tốt, min: 80 }',
    '    - { class: fair, label: Khá, min: 70 }',
    '    - { class: average, label: Trung bình, min: 50 }',
    '    - { class: weak, label: Yếu, min: 0 }',
    'components:',
  ];
  COMPONENTS.forEach((component, c) => {
    lines.push(`  - code: "${c + 1}"`, `    name: ${component.name}`, `    max: ${component.max}`, '    criteria:');
    for (let k = 1; k <= CRITERIA_PER_COMPONENT; k++) {
      const code = `${c + 1}.${k}`;
      const subs = items.filter((i) => i.criterionCode === code);
      const max = subs.reduce((s, i) => s + i.max, 0);
      lines.push(`      - code: "${code}"`, `        name: Tiêu chí ${code}`, `        max: ${max}`, '        subCriteria:');
      for (const s of subs) {
        const evidence = s.evidenceRequired ? ', evidenceRequired: true' : '';
        const dept = c === 2 || c === 6 ? 'VP' : 'SNV';
        lines.push(
          `          - { code: "${s.code}", name: "${s.name}", max: ${s.max}, method: appraised, rule: ${yamlRule(s)}, departments: [${dept}]${evidence} }`,
        );
      }
    }
  });
  return `${lines.join('\n')}\n`;
}

const COMMUNE_NAMES = [
  'Bằng Thành',
  'Nghiên Loan',
  'Cao Minh',
  'Chợ Rã',
  'Phúc Lộc',
  'Thượng Minh',
  'Đồng Phúc',
  'Bằng Vân',
  'Ngân Sơn',
  'Nà Phặc',
  'Hiệp Lực',
  'Nam Cường',
  'Quảng Bạch',
  'Yên Thịnh',
  'Chợ Đồn',
  'Yên Phong',
  'Nghĩa Tá',
  'Phủ Thông',
  'Cẩm Giàng',
  'Vĩnh Thông',
  'Bạch Thông',
  'Phong Quang',
  'Văn Lang',
  'Cường Lợi',
  'Na Rì',
  'Trần Phú',
  'Côn Minh',
  'Xuân Dương',
  'Tân Kỳ',
  'Thanh Mai',
  'Thanh Thịnh',
  'Chợ Mới',
  'Yên Bình',
  'Thượng Quan',
];

/** The demo communes: `count` units with ids `<prefix>001…`, 5-digit codes (90001…) and Vietnamese names. */
export function demoCycleUnits(count: number, prefix = 'xa-'): { id: string; code: string; name: string; unitType: 'commune' }[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    const base = COMMUNE_NAMES[i % COMMUNE_NAMES.length]!;
    const round = Math.floor(i / COMMUNE_NAMES.length);
    return {
      id: `${prefix}${n}`,
      code: `9${String(i + 1).padStart(4, '0')}`,
      name: `UBND xã ${base}${round ? ` ${round + 1}` : ''}`,
      unitType: 'commune' as const,
    };
  });
}
