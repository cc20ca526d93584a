import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Every stable error code of the code base with its Vietnamese message(s), gathered from the sources with the
 * TypeScript parser (no code runs):
 * - an object literal with `code: 'UPPER_SNAKE'` and a `messageVi` (a `ParError`'s shape) → an API error;
 * - `extensions: { code: '…' }` inside an object with a `message` (errors the gateway writes itself) → an API error;
 * - `limitError('CODE', messageVi, …)`, `refuseWith('CODE', messageVi)`, `new NotFoundError('CODE', messageVi, …)`
 *   → an API error;
 * - an object literal with `code: 'UPPER_SNAKE'` and a `message` (problems found in a file: framework, annex, unit
 *   list, report reconciliation; the CLI's `--json` and import errors' `meta.problems`) → a file finding.
 * Tests, `testing/` folders and dist/ are skipped.
 */
export interface ErrorCodeEntry {
  readonly code: string;
  readonly kind: 'api' | 'finding';
  readonly messages: readonly string[];
  readonly places: readonly string[];
}

const CODE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|^[A-Z]{4,}$/;
const ROOTS = ['libs', 'services', 'gateway', 'apps'];
const CALLS: Readonly<Record<string, number>> = { limitError: 0, refuseWith: 0, NotFoundError: 0 };

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === 'testing' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts') && name !== 'testing.ts') out.push(path);
  }
  return out;
}

/** A message as written, with `${name}` shown as `{name}` (`{…}` for longer expressions); a non-literal is `…`. */
function messageText(node: ts.Node | undefined, sf: ts.SourceFile): string {
  if (!node) return '…';
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    const shown = (e: ts.Expression) => {
      const text = e.getText(sf);
      return /^[\w.]{1,40}$/.test(text) ? text : '…';
    };
    return node.head.text + node.templateSpans.map((s) => `{${shown(s.expression)}}${s.literal.text}`).join('');
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return messageText(node.left, sf) + messageText(node.right, sf);
  }
  if (ts.isParenthesizedExpression(node)) return messageText(node.expression, sf);
  return '…';
}

const propName = (p: ts.ObjectLiteralElementLike): string | undefined =>
  p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;

function property(obj: ts.ObjectLiteralExpression, name: string): ts.ObjectLiteralElementLike | undefined {
  return obj.properties.find((p) => propName(p) === name);
}

/** The value of `name` in an object literal; a shorthand `{ messageVi }` resolves to its parameter's default. */
function valueOf(obj: ts.ObjectLiteralExpression, name: string, sf: ts.SourceFile): string | undefined {
  const p = property(obj, name);
  if (!p) return undefined;
  if (ts.isPropertyAssignment(p)) return messageText(p.initializer, sf);
  if (ts.isShorthandPropertyAssignment(p)) {
    for (let n: ts.Node | undefined = obj; n; n = n.parent) {
      if (ts.isFunctionLike(n)) {
        const param = n.parameters.find((x) => ts.isIdentifier(x.name) && x.name.text === name);
        return param?.initializer ? messageText(param.initializer, sf) : '…';
      }
    }
    return '…';
  }
  return undefined;
}

function literalCode(node: ts.Node | undefined): string | undefined {
  if (node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && CODE.test(node.text)) return node.text;
  return undefined;
}

type Found = { code: string; kind: ErrorCodeEntry['kind']; message: string };

function fromObject(obj: ts.ObjectLiteralExpression, sf: ts.SourceFile): Found | undefined {
  const codeProp = property(obj, 'code');
  const code = codeProp && ts.isPropertyAssignment(codeProp) ? literalCode(codeProp.initializer) : undefined;
  if (!code) return undefined;
  const vi = valueOf(obj, 'messageVi', sf);
  if (vi !== undefined) return { code, kind: 'api', message: vi };
  // `{ message, extensions: { code } }`
  const parent = obj.parent;
  if (ts.isPropertyAssignment(parent) && propName(parent) === 'extensions' && ts.isObjectLiteralExpression(parent.parent)) {
    const message = valueOf(parent.parent, 'message', sf);
    if (message !== undefined) return { code, kind: 'api', message };
  }
  const message = valueOf(obj, 'message', sf);
  return message !== undefined ? { code, kind: 'finding', message } : undefined;
}

function fromCall(node: ts.CallExpression | ts.NewExpression, sf: ts.SourceFile): Found | undefined {
  const callee = ts.isIdentifier(node.expression) ? node.expression.text : undefined;
  if (callee === undefined || CALLS[callee] === undefined) return undefined;
  const code = literalCode(node.arguments?.[0]);
  return code ? { code, kind: 'api', message: messageText(node.arguments?.[1], sf) } : undefined;
}

/** Scans the repository at `root` and returns the codes sorted, API errors first. */
export function collectErrorCodes(root: string): ErrorCodeEntry[] {
  const byCode = new Map<string, { kind: ErrorCodeEntry['kind']; messages: Set<string>; places: Set<string> }>();
  for (const file of ROOTS.flatMap((r) => sourceFiles(join(root, r)))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const place = relative(root, file)
      .split('/')
      .slice(0, file.includes('/libs/') ? 3 : 2)
      .join('/');
    const visit = (node: ts.Node): void => {
      const found = ts.isObjectLiteralExpression(node)
        ? fromObject(node, sf)
        : ts.isCallExpression(node) || ts.isNewExpression(node)
          ? fromCall(node, sf)
          : undefined;
      if (found) {
        const entry = byCode.get(found.code) ?? { kind: found.kind, messages: new Set<string>(), places: new Set<string>() };
        if (found.kind === 'api') entry.kind = 'api';
        if (found.message !== '…') entry.messages.add(found.message);
        entry.places.add(place);
        byCode.set(found.code, entry);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return [...byCode.entries()]
    .map(([code, e]) => ({ code, kind: e.kind, messages: [...e.messages].sort(), places: [...e.places].sort() }))
    .sort((a, b) => (a.kind === b.kind ? a.code.localeCompare(b.code) : a.kind === 'api' ? -1 : 1));
}

const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function table(entries: readonly ErrorCodeEntry[]): string[] {
  return [
    '| Code | Vietnamese message (`{…}`: filled in per case) | Where |',
    '| ---- | ---------------------------------------------- | ----- |',
    ...entries.map((e) => {
      const shown = e.messages.slice(0, 4).map(cell);
      const more = e.messages.length > 4 ? [`(+${e.messages.length - 4} more)`] : [];
      return `| \`${e.code}\` | ${[...shown, ...more].join('<br>') || '—'} | ${e.places.map((p) => `\`${p}\``).join(', ')} |`;
    }),
  ];
}

/** docs/integrators/error-codes.md */
export function errorCodesMarkdown(entries: readonly ErrorCodeEntry[]): string {
  return [
    '# Error codes',
    '',
    '<!-- Generated by `npm run docs:errors` (apps/docs/error-codes.ts) from the sources; do not edit by hand. -->',
    '',
    'Every GraphQL error carries a Vietnamese `message` for people, a stable `extensions.code` for programs and an',
    'English `extensions.detail` for developers (some add `extensions.meta`, e.g. the problems of a file, or',
    '`extensions.retryAfterSeconds`). Program against the code, never the message. Messages below are as written in',
    'the source; `{…}` parts are filled in per case (a score, a criterion code, a limit).',
    '',
    `## API errors (\`extensions.code\`) — ${entries.filter((e) => e.kind === 'api').length} codes`,
    '',
    ...table(entries.filter((e) => e.kind === 'api')),
    '',
    `## Problems found in a file — ${entries.filter((e) => e.kind === 'finding').length} codes`,
    '',
    'Reported one per problem (with its place: sheet/row/column, line/column, or JSON path) by the imports',
    '(`extensions.meta.problems` of e.g. `FRAMEWORK_INVALID`) and by the CLI (`npx par … --json`).',
    '',
    ...table(entries.filter((e) => e.kind === 'finding')),
    '',
  ].join('\n');
}
