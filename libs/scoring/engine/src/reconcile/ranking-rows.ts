import type { ParsedFigure } from '../numbers/decimal';
import type { Contradiction, RankingTableSection } from './report.types';

export type Row = RankingTableSection['rows'][number];

/** A ranking row with a readable score. */
export interface ScoredRow {
  row: Row;
  index: number;
  score: ParsedFigure;
}

export type MismatchRows = NonNullable<Contradiction['rows']>;
