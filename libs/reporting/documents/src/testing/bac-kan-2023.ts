import { readFileSync } from 'node:fs';
import { evaluateCycle, parseFramework, subordinatesOf, type Framework, type UnitResults } from '@par/scoring';
import type { RankingReportInput } from '../ranking-report/report-input';

const root = new URL('../../../../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const load = (p: string): Framework => {
  const r = parseFramework(read(p));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.framework!;
};

/** The seed's data (examples/): the district cycle of Bắc Kạn 2023 evaluated with its communes, for report tests. */
export function bacKan2023(): { district: RankingReportInput; commune: RankingReportInput } {
  const district = load('examples/frameworks/bac-kan-2023-district.yaml');
  const commune = load('examples/frameworks/bac-kan-2023-commune.yaml');
  const districtResults = (JSON.parse(read('examples/results/bac-kan-2023-districts.json')) as { units: UnitResults[] }).units;
  const communeResults: UnitResults[] = read('examples/results/bac-kan-2023-communes.csv')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [unitId, unitName, parentId, code, value] = line.split(',');
      return { unitId: unitId!, unitName: unitName!, parentId: parentId!, scores: { [code!]: { value: Number(value) } } };
    });
  const communes = evaluateCycle(commune, communeResults);
  const districts = evaluateCycle(district, districtResults, { subordinates: subordinatesOf(communes) });
  const header = {
    superior: 'UBND thành phố Bắc Kạn',
    issuer: 'Phòng Nội vụ',
    number: 'Số: 118/BC-PNV',
    place: 'TP. Bắc Kạn',
    date: '2024-05-07',
    signerTitle: 'Trưởng phòng',
    signerName: 'Nông Ngọc Khanh',
    recipients: ['LĐ UBND TP (báo cáo);', 'Các thành viên BCĐ CCHC&CĐS TP;', 'Lưu: VT.'],
  };
  return {
    district: {
      header,
      cycle: { id: '2023-district', name: 'Chỉ số CCHC cấp huyện năm 2023', year: 2023, unitType: 'district' },
      framework: district,
      evaluation: districts,
    },
    commune: {
      header,
      cycle: { id: '2023-commune', name: 'Chỉ số CCHC cấp xã năm 2023', year: 2023, unitType: 'commune' },
      framework: commune,
      evaluation: communes,
    },
  };
}
