import type { AnnexProblem, CellValue, SheetModel, WorkbookModel } from './sheet-model';
import { mapAnnex, type AnnexOptions } from './map-annex';

const OPTIONS: AnnexOptions = {
  id: 'tn-2024-district',
  name: 'Bộ tiêu chí thử nghiệm',
  province: 'tn',
  unitType: 'district',
  period: { from: 2024, to: 2025 },
  version: '1',
  rounding: { decimals: 2, mode: 'half-up', at: 'leaf' },
  classification: {
    basis: 'total',
    bands: [
      { class: 'good', label: 'Tốt', min: 1 },
      { class: 'weak', label: 'Yếu' },
    ],
  },
};

const TITLE: CellValue[][] = [
  ['PHỤ LỤC I', null, null, null, null],
  ['BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CCHC CỦA UBND CẤP HUYỆN', null, null, null, null],
  ['(Ban hành kèm theo Quyết định số 99/QĐ-UBND ngày 5/3/2024 của UBND tỉnh Thử Nghiệm)', null, null, null, null],
  [],
];
const HEADER: CellValue[] = ['stt', 'LINH VUC,  tiêu chí, tiêu chí thành phần', 'Điểm  tối đa', 'Cách chấm', 'Cơ quan phụ trách'];

function sheet(body: CellValue[][], merges: SheetModel['merges'] = [], header = HEADER): WorkbookModel {
  return {
    kind: 'xlsx',
    sheets: [{ name: 'PL', rows: [...TITLE, header, ...body], merges: [{ top: 1, left: 1, bottom: 1, right: 5 }, ...merges] }],
  };
}
const codes = (ps: AnnexProblem[]) => ps.map((p) => `${p.code}@${p.row ?? ''}${p.column ?? ''}`);

// rows 6..: a valid body
const GOOD: CellValue[][] = [
  ['I', 'Chỉ đạo, điều hành', '3', null, null],
  ['1.1', 'Kế hoạch CCHC', 3, null, null],
  ['1.1.1', 'Ban hành kế hoạch', '1,5', 'Thẩm định', 'Phòng Nội vụ'],
  ['1.1.2', 'Thực hiện kế hoạch', 1.5, 'Điều tra XHH', null],
  ['II', 'Cải cách TTHC', 7, null, null],
  ['2.1', 'Công khai TTHC', 7, 'thẩm định', 'Văn phòng HĐND và UBND'],
  ['Tổng cộng', null, 10, null, null],
];

describe('mapAnnex (pure: sheet model → framework definition)', () => {
  it('finds the header below the title block, reads Roman components, decimal commas and a department spanning rows', () => {
    const r = mapAnnex(sheet(GOOD, [{ top: 8, left: 5, bottom: 9, right: 5 }]), OPTIONS);
    expect(r.problems).toEqual([]);
    if (!r.ok) return;
    const f = r.framework;
    expect(f.decision).toEqual({ number: '99/QĐ-UBND', date: '2024-03-05', issuer: 'UBND tỉnh Thử Nghiệm' });
    expect(f.totalMax).toBe(10);
    expect(f.departments).toEqual([
      { code: 'PNV', name: 'Phòng Nội vụ' },
      { code: 'VPHVU', name: 'Văn phòng HĐND và UBND' },
    ]);
    expect(f.components.map((c) => c.code)).toEqual(['1', '2']);
    const subs = f.components[0]!.criteria![0]!.subCriteria!;
    expect(subs.map((s) => [s.code, s.max, s.method, s.departments])).toEqual([
      ['1.1.1', 1.5, 'appraised', ['PNV']],
      ['1.1.2', 1.5, 'survey', ['PNV']], // the merged department cell E8:E9 gives its value to both rows
    ]);
    expect(f.components[1]!.criteria![0]).toMatchObject({ code: '2.1', method: 'appraised', rule: { type: 'manual' } });
  });

  it('options fill what the sheet does not carry; without them the missing fields are reported on the "Thông tin" sheet', () => {
    const r = mapAnnex(sheet(GOOD, [{ top: 8, left: 5, bottom: 9, right: 5 }]), {});
    expect(r.ok).toBe(false);
    expect(r.problems.every((p) => p.sheet === 'Thông tin' && p.message.includes('Thông tin'))).toBe(true);
    expect(r.problems.length).toBeGreaterThan(0);
  });

  it('missing and unknown columns are reported on the header row', () => {
    const r = mapAnnex(
      sheet(
        GOOD.map((row) => [row[0]!, row[1]!, null, row[3]!, row[4]!]),
        [],
        ['STT', 'Nội dung', 'Điểm số', 'Cách chấm', 'Cơ quan phụ trách'],
      ),
      OPTIONS,
    );
    expect(codes(r.problems)).toEqual(expect.arrayContaining(['COLUMN_UNKNOWN@5C', 'COLUMN_MISSING@5']));
  });

  it('no header at all', () => {
    const r = mapAnnex(
      {
        kind: 'csv',
        sheets: [
          {
            name: 'x',
            rows: [
              ['a', 'b'],
              ['1', '2'],
            ],
            merges: [],
          },
        ],
      },
      OPTIONS,
    );
    expect(codes(r.problems)).toEqual(['HEADER_NOT_FOUND@']);
  });

  it('reports every bad row at once: unreadable number, duplicate code, missing parent, unknown method, merged score cells', () => {
    const body: CellValue[][] = [
      ['I', 'Chỉ đạo', 3, null, null],
      ['1.1', 'Kế hoạch', '9.28,5', 'Thẩm định', 'PNV'], // row 7
      ['1.1', 'Kế hoạch lần hai', 1, 'Thẩm định', 'PNV'], // row 8
      ['3.1', 'Không có lĩnh vực 3', 1, 'Thẩm định', 'PNV'], // row 9
      ['1.2', 'Phương pháp lạ', 1, 'bốc thăm', 'PNV'], // row 10
      ['1.3', 'Ô điểm gộp', 1, 'Thẩm định', 'PNV'], // row 11
      ['1.4', 'Ô điểm gộp', null, 'Thẩm định', 'PNV'], // row 12
      ['1.5', null, 1, 'Thẩm định', 'PNV'], // row 13
      ['1.6.x', 'Mã sai', 1, 'Thẩm định', 'PNV'], // row 14
    ];
    const r = mapAnnex(sheet(body, [{ top: 11, left: 3, bottom: 12, right: 3 }]), OPTIONS);
    expect(r.ok).toBe(false);
    expect(codes(r.problems)).toEqual([
      'NUMBER_UNREADABLE@7C',
      'DUPLICATE_CODE@8A',
      'PARENT_MISSING@9A',
      'METHOD_UNKNOWN@10D',
      'MERGED_SCORE_CELL@11C', // row 12's empty score cell is inside it: not reported twice
      'NAME_MISSING@13B',
      'CODE_INVALID@14A',
    ]);
    expect(r.problems[0]!.message).toBe('Điểm tối đa "9.28,5" của mã "1.1" không phải là số (viết 16,5 hoặc 16.5).');
  });

  it('maxima that do not add up are placed on the component row, the total on the total row', () => {
    const body = GOOD.map((row) => [...row]);
    body[0]![2] = 4; // component I declared 4, its criteria sum to 3
    const r = mapAnnex(sheet(body, [{ top: 8, left: 5, bottom: 9, right: 5 }]), OPTIONS);
    expect(codes(r.problems)).toEqual(['MAX_SUM_MISMATCH@6C', 'MAX_SUM_MISMATCH@12C']);
  });

  it('a merged range spanning rows in the name column, or across the header and the body, is misplaced', () => {
    const r = mapAnnex(
      sheet(GOOD, [
        { top: 8, left: 2, bottom: 9, right: 2 },
        { top: 5, left: 4, bottom: 9, right: 4 },
      ]),
      OPTIONS,
    );
    expect(codes(r.problems)).toEqual(expect.arrayContaining(['MERGED_CELL_MISPLACED@8B', 'MERGED_CELL_MISPLACED@6D']));
  });

  it('a department not in the declared list is reported at its cell', () => {
    const r = mapAnnex(sheet(GOOD, [{ top: 8, left: 5, bottom: 9, right: 5 }]), {
      ...OPTIONS,
      departments: [{ code: 'PNV', name: 'Phòng Nội vụ' }],
    });
    expect(codes(r.problems)).toEqual(['DEPARTMENT_UNKNOWN@11E']);
  });

  it('the same model twice gives the same definition', () => {
    const a = mapAnnex(sheet(GOOD, [{ top: 8, left: 5, bottom: 9, right: 5 }]), OPTIONS);
    const b = mapAnnex(sheet(GOOD, [{ top: 8, left: 5, bottom: 9, right: 5 }]), OPTIONS);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
