/** Account ids typed in one field, separated by commas, semicolons, spaces or new lines; blanks and repeats dropped. */
export function parseAccountIds(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter((s) => s !== ''))];
}

/** The units ticked in the form, in the order of the cycle's units list. */
export const tickedUnits = (unitIds: readonly string[], ticked: ReadonlySet<string>): string[] => unitIds.filter((id) => ticked.has(id));
