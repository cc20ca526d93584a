import { parseShare } from '../framework-nodes';
import { arr, fmt, problem, type FrameworkCheck } from './framework-check';

/** Classification bands: highest first, strictly decreasing, lowest open-ended, unique classes, reachable. */
export function checkBands(check: FrameworkCheck): void {
  const fw = check.fw;
  const bands = arr(fw.classification?.bands);
  const classes = new Set<string>();
  bands.forEach((b, i) => {
    const bp = `/classification/bands/${i}`;
    if (classes.has(b.class))
      check.problems.push(problem(`${bp}/class`, 'DUPLICATE_CLASS', `Loại "${b.class}" bị trùng.`, `Duplicate class ${b.class}`));
    classes.add(b.class);
    const prev = bands[i - 1];
    if (prev && (b.min ?? 0) >= (prev.min ?? 0))
      check.problems.push(
        problem(
          `${bp}/min`,
          'BANDS_NOT_DESCENDING',
          'Các mức xếp loại phải xếp từ cao xuống thấp với ngưỡng giảm dần.',
          'Bands must be ordered highest first with strictly decreasing min',
        ),
      );
    const top = fw.classification?.basis === 'total' ? fw.totalMax : 100;
    if (b.min !== undefined && b.min > top)
      check.problems.push(
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
    check.problems.push(
      problem(
        `/classification/bands/${bands.length - 1}/min`,
        'BANDS_GAP',
        'Mức xếp loại thấp nhất phải bắt đầu từ 0 để mọi điểm số đều được xếp loại.',
        'Lowest band must start at 0',
      ),
    );
}

/** Adjustment rules: a share in (0, 1] and a drop smaller than the number of bands. */
export function checkAdjustments(check: FrameworkCheck): void {
  const bands = arr(check.fw.classification?.bands);
  arr(check.fw.classification?.adjustments).forEach((a, i) => {
    const share = parseShare(a.minShare);
    if (!share || share.num <= 0 || share.num > share.den)
      check.problems.push(
        problem(
          `/classification/adjustments/${i}/minShare`,
          'SHARE_INVALID',
          'Tỷ lệ tối thiểu phải lớn hơn 0 và không vượt quá 1 (ví dụ "2/3").',
          'minShare must be in (0, 1]',
        ),
      );
    if ((a.drop ?? 1) >= bands.length)
      check.problems.push(
        problem(
          `/classification/adjustments/${i}/drop`,
          'DROP_TOO_LARGE',
          'Số bậc hạ loại vượt số mức xếp loại.',
          'drop >= number of bands',
        ),
      );
  });
}
