import Table from 'cli-table3';

export function writeOut(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : text + '\n');
}

export function writeJson(value: unknown): void {
  writeOut(JSON.stringify(value, null, 2));
}

export function table(head: string[], rows: (string | number)[][]): string {
  const t = new Table({ head, style: { head: [], border: [] } });
  t.push(...rows.map((r) => r.map((c) => String(c))));
  return t.toString();
}
