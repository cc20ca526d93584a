import { sampleFramework } from '../testing/sample-framework';
import { leavesOf } from './framework-nodes';
import { validateFramework } from './validate-framework';

const codes = (fw: unknown) => validateFramework(fw).problems.map((p) => `${p.code} ${p.path}`);

describe('evidenceRequired: a scored node asks the unit for evidence (tài liệu kiểm chứng)', () => {
  it('is optional, a boolean, and carried to the leaves (sub-criterion, criterion with points, remainder)', () => {
    const fw = sampleFramework();
    const c11 = fw.components[0]!.criteria![0]!;
    const sub = c11.subCriteria![0]!;
    sub.evidenceRequired = true;
    expect(codes(fw)).toEqual([]);
    const leaves = leavesOf(fw);
    expect(leaves.find((l) => l.code === sub.code)?.evidenceRequired).toBe(true);
    // absent means not required
    expect(leaves.filter((l) => l.evidenceRequired).map((l) => l.code)).toEqual([sub.code]);

    const carrying = fw.components.flatMap((c) => c.criteria ?? []).find((cr) => !cr.subCriteria?.length);
    if (carrying) {
      carrying.evidenceRequired = true;
      expect(codes(fw)).toEqual([]);
      expect(leavesOf(fw).find((l) => l.code === carrying.code)?.evidenceRequired).toBe(true);
    }
  });
  it('refuses a value that is not a boolean', () => {
    const fw = sampleFramework() as unknown as { components: { criteria: { subCriteria: Record<string, unknown>[] }[] }[] };
    fw.components[0]!.criteria[0]!.subCriteria[0]!['evidenceRequired'] = 'có';
    expect(codes(fw).some((c) => c.includes('/components/0/criteria/0/subCriteria/0/evidenceRequired'))).toBe(true);
  });
});
