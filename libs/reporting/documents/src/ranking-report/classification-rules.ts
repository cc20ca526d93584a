import { formatNumberVi } from '@par/kernel';
import { isClassified, type Framework } from '@par/scoring';
import { heading, para, type Block } from '../model/report-document';

/** Section I.2: the classification bands (and adjustment rules) of the framework, in the words of the seed report. */
export function classificationBlocks(fw: Framework): Block[] {
  const out: Block[] = [heading(2, '2. Đánh giá, phân loại Chỉ số CCHC')];
  if (!isClassified(fw)) {
    out.push(para('Bộ tiêu chí không quy định xếp loại: các đơn vị được xếp hạng theo tổng điểm, không xếp loại.'));
    return out;
  }
  const total = fw.classification.basis === 'total';
  const unit = total ? 'điểm' : '%';
  const top = total ? formatNumberVi(fw.totalMax, 0, false) : '100';
  const n = (v: number) => formatNumberVi(v, 2, false);
  out.push(
    para(
      `Việc đánh giá, phân loại được tính trên cơ sở ${total ? 'tổng số điểm' : 'chỉ số (tỷ lệ % điểm đạt được trên điểm tối đa áp dụng)'} của từng đơn vị, xếp theo thứ tự từ cao đến thấp và phân loại như sau:`,
    ),
  );
  const bands = fw.classification.bands;
  out.push({
    kind: 'bullets',
    items: bands.map((band, i) => {
      const upper = i === 0 ? null : (bands[i - 1]!.min ?? 0);
      const label = `Đơn vị ${band.label.toLowerCase()}`;
      if (i === bands.length - 1 && (band.min ?? 0) === 0) return `${label}: dưới ${n(upper ?? 0)} ${unit}.`;
      if (upper === null) return `${label}: đạt từ ${n(band.min ?? 0)} đến ${top} ${unit}.`;
      return `${label}: đạt từ ${n(band.min ?? 0)} đến dưới ${n(upper)} ${unit}.`;
    }),
  });
  for (const rule of fw.classification.adjustments ?? []) {
    if (rule.description) out.push(para(`${rule.enabled ? '' : '(Không áp dụng trong kỳ này) '}${rule.description}`));
  }
  return out;
}
