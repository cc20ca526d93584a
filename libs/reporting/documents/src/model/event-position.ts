/**
 * Where a report's figures come from: the last event each read-model projection had applied (per topic partition)
 * when the report was built. A report built again at the same positions has the same figures.
 */
export interface EventPosition {
  /** `<service>.<projection>`, e.g. `reporting.scores`. */
  projection: string;
  topic: string;
  partition: number;
  /** The last applied offset in the partition (a 64-bit integer, as a decimal string). */
  offset: string;
}

/** Positions in a stable order (projection, topic, partition), so that equal positions print equally. */
export function sortedPositions(positions: readonly EventPosition[]): EventPosition[] {
  return [...positions].sort(
    (a, b) => a.projection.localeCompare(b.projection) || a.topic.localeCompare(b.topic) || a.partition - b.partition,
  );
}

/**
 * The metadata line printed at the end of a report (and in the XLSX "Thông tin" sheet):
 * "Số liệu lập đến vị trí sự kiện: reporting.scores par.assessments.v1/0@41; reporting.survey-points …".
 */
export function provenanceLine(positions: readonly EventPosition[]): string {
  if (!positions.length) return 'Số liệu lập đến vị trí sự kiện: chưa có sự kiện nào được xử lý.';
  return `Số liệu lập đến vị trí sự kiện: ${sortedPositions(positions)
    .map((p) => `${p.projection} ${p.topic}/${p.partition}@${p.offset}`)
    .join('; ')}.`;
}
