import { isMap, isSeq, LineCounter, parseDocument, type Document, type ParsedNode } from 'yaml';
import type { Problem } from './framework.types';
import { problem } from './checks/framework-check';

/** 1-based line and column in the source text. */
export interface Position {
  line: number;
  column: number;
}

/** A parsed framework document: its value, or the parse problems, and where each JSON pointer is in the text. */
export interface ParsedSource {
  value?: unknown;
  problems?: Problem[];
  /** The position of the node at `pointer` (or of its key `key`), else of the nearest enclosing node that exists. */
  locate(pointer: string, key?: string): Position | undefined;
}

const unescape = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

function positionOf(lc: LineCounter, offset: number | undefined): Position | undefined {
  if (offset === undefined) return undefined;
  const { line, col } = lc.linePos(offset);
  return { line, column: col };
}

/** Walks `pointer` through the YAML node tree; stops at the last node that exists. */
function nodeOffset(doc: Document.Parsed, pointer: string, key?: string): number | undefined {
  const segments = pointer.split('/').slice(1).filter(Boolean).map(unescape);
  if (key !== undefined) segments.push(key);
  let node: ParsedNode | null = doc.contents;
  let offset = node?.range[0];
  for (const [i, seg] of segments.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value) === seg);
      if (!pair) break;
      const isKey = key !== undefined && i === segments.length - 1;
      const target = (isKey ? pair.key : pair.value) as ParsedNode | null;
      node = isKey ? null : target;
      offset = target?.range[0] ?? offset;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)] as ParsedNode | undefined;
      if (!item) break;
      node = item;
      offset = item.range[0];
    } else break;
  }
  return offset;
}

/**
 * Parses YAML or JSON (JSON is read by JSON.parse for its exact meaning; both are also read as YAML, which JSON is,
 * for the positions of nodes). Parse errors carry their line and column.
 */
export function parseSource(text: string, format: 'yaml' | 'json'): ParsedSource {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const locate = (pointer: string, key?: string) => (doc.errors.length ? undefined : positionOf(lc, nodeOffset(doc, pointer, key)));
  const name = format.toUpperCase();
  if (format === 'json') {
    try {
      return { value: JSON.parse(text), locate };
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      // JSON.parse's own position when it gives one, else the first YAML error's (JSON is YAML), else none.
      const at = jsonErrorPosition(lc, msg) ?? (doc.errors[0] ? positionOf(lc, doc.errors[0].pos[0]) : undefined);
      const p = problem('/', 'PARSE_ERROR', `Không đọc được tệp ${name}: ${msg}`, `Cannot parse ${format}: ${msg}`);
      return { problems: [{ ...p, ...at }], locate };
    }
  }
  if (doc.errors.length === 0) {
    try {
      return { value: doc.toJS({ maxAliasCount: 100 }), locate };
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      return { problems: [problem('/', 'PARSE_ERROR', `Không đọc được tệp ${name}: ${msg}`, `Cannot parse ${format}: ${msg}`)], locate };
    }
  }
  return {
    problems: doc.errors.map((err) => {
      const msg = err.message.split('\n')[0]!;
      const p = problem('/', 'PARSE_ERROR', `Không đọc được tệp ${name}: ${msg}`, `Cannot parse ${format}: ${err.code} ${msg}`);
      return { ...p, ...positionOf(lc, err.pos[0]) };
    }),
    locate,
  };
}

function jsonErrorPosition(lc: LineCounter, message: string): Position | undefined {
  const m = /position (\d+)/.exec(message);
  return m ? positionOf(lc, Number(m[1])) : undefined;
}
