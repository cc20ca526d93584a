// Proof that the boundary rules of eslint.config.js fire (issue #8): each case lints a small virtual file with
// the real config, in a child Node process (ESLint's Node API, as `eslint .` would run it), and looks for the
// rule that must report it. Cases (a)–(e) run in this workspace on virtual files placed in real projects;
// the import cycle needs a project graph that contains one, so it runs in a tiny Nx workspace made in the
// temp folder with this repo's eslint.config.js, nx.json and node_modules.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));

interface Probe {
  filePath: string;
  code: string;
}
interface Finding {
  ruleId: string | null;
  message: string;
  severity: number;
}

// Runs in the child: lint each probe's code as if it were the file at probe.filePath (relative to cwd).
const lintScript = `
import { ESLint } from 'eslint';
let input = '';
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const probe of JSON.parse(input)) {
  const [result] = await eslint.lintText(probe.code, { filePath: probe.filePath, warnIgnored: true });
  out.push(result.messages.map(({ ruleId, message, severity }) => ({ ruleId, message, severity })));
}
process.stdout.write(JSON.stringify(out));
`;

function runLint(cwd: string, probes: Probe[]): { status: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', lintScript], {
    cwd,
    input: JSON.stringify(probes),
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    timeout: 50_000,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

function lint(cwd: string, probes: Probe[]): Finding[][] {
  const { status, stdout, stderr } = runLint(cwd, probes);
  if (status !== 0) throw new Error(`lint child failed (${status}): ${stderr}`);
  return JSON.parse(stdout) as Finding[][];
}

const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 2);

/** A function of exactly `lines` lines, header and closing brace included. */
function functionOfLines(name: string, lines: number): string {
  const body = Array.from({ length: lines - 4 }, (_, i) => `  n += ${i};`);
  return [`export function ${name}(): number {`, '  let n = 0;', ...body, '  return n;', '}', ''].join('\n');
}

describe('lint rules of eslint.config.js fire (this workspace)', () => {
  const probes: Record<string, Probe> = {
    nestInDomain: {
      filePath: 'libs/assessments/domain/src/lint-probe.ts',
      code: "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n",
    },
    nodeFsInScoring: {
      filePath: 'libs/scoring/engine/src/lint-probe.ts',
      code: "import { readFileSync } from 'node:fs';\nexport const probe = readFileSync;\n",
    },
    bareBuiltinAndClientInContracts: {
      filePath: 'libs/frameworks/contracts/src/lint-probe.ts',
      code: "import { createHash } from 'crypto';\nimport pg from 'pg';\nexport const probe = [createHash, pg];\n",
    },
    longFunctionInLib: { filePath: 'libs/shared/kernel/src/lint-probe.ts', code: functionOfLines('tooLong', 81) },
    longestAllowedFunctionInLib: { filePath: 'libs/shared/kernel/src/lint-probe.ts', code: functionOfLines('longest', 80) },
    longFunctionInSpec: { filePath: 'libs/shared/kernel/src/lint-probe.unit.spec.ts', code: functionOfLines('tooLong', 81) },
    longFunctionInService: { filePath: 'services/ranking/src/lint-probe.ts', code: functionOfLines('tooLong', 81) },
    serverLibInConsole: {
      filePath: 'apps/console/src/lint-probe.tsx',
      code: "import { DEMO_USERS } from '@par/auth';\nexport const Probe = () => <p>{DEMO_USERS.length}</p>;\n",
    },
    serverPackageAndBuiltinInConsole: {
      filePath: 'apps/console/src/lint-probe.ts',
      code: "import Provider from 'oidc-provider';\nimport { readFileSync } from 'node:fs';\nexport const probe = [Provider, readFileSync];\n",
    },
    cleanConsoleFile: {
      filePath: 'apps/console/src/lint-probe.tsx',
      code: "import { formatNumberVi } from '@par/kernel';\nexport const Probe = () => <p>{formatNumberVi(87.461, 3)}</p>;\n",
    },
    cleanDomainFile: {
      filePath: 'libs/assessments/domain/src/lint-probe.ts',
      code: "import { ParError } from '@par/kernel';\nexport const probe = (): ParError => new ParError({ code: 'PROBE', messageVi: 'thử', detail: 'probe' });\n",
    },
  };
  let results: Record<string, Finding[]>;

  beforeAll(() => {
    const names = Object.keys(probes);
    const findings = lint(repo, Object.values(probes));
    results = Object.fromEntries(names.map((name, i) => [name, findings[i] ?? []]));
  });

  it('(a) a domain library importing @nestjs/common is an error', () => {
    expect(errorsOf(results.nestInDomain!)).toEqual([
      expect.objectContaining({
        ruleId: '@nx/enforce-module-boundaries',
        message: expect.stringContaining('"type:domain" is not allowed to import "@nestjs/common"'),
      }),
    ]);
  });

  it('(b) @par/scoring (type:domain) importing node:fs is an error', () => {
    expect(errorsOf(results.nodeFsInScoring!)).toEqual([
      expect.objectContaining({ ruleId: '@typescript-eslint/no-restricted-imports', message: expect.stringContaining("'node:fs'") }),
    ]);
  });

  it('a contracts library importing a bare builtin (crypto) or a database client (pg) is an error', () => {
    const errors = errorsOf(results.bareBuiltinAndClientInContracts!);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: '@typescript-eslint/no-restricted-imports', message: expect.stringContaining("'crypto'") }),
        expect.objectContaining({
          ruleId: '@nx/enforce-module-boundaries',
          message: expect.stringContaining('not allowed to import "pg"'),
        }),
      ]),
    );
    expect(errors).toHaveLength(2);
  });

  it('(d) an 81-line function under libs/ or services/ is an error; 80 lines is fine, and so is a long test', () => {
    expect(errorsOf(results.longFunctionInLib!)).toEqual([expect.objectContaining({ ruleId: 'max-lines-per-function' })]);
    expect(errorsOf(results.longFunctionInService!)).toEqual([expect.objectContaining({ ruleId: 'max-lines-per-function' })]);
    expect(results.longestAllowedFunctionInLib).toEqual([]);
    expect(results.longFunctionInSpec).toEqual([]);
  });

  it('the web console (type:web, TSX) may import only browser-safe shared libraries: no server library, package or builtin', () => {
    expect(errorsOf(results.serverLibInConsole!)).toEqual([
      expect.objectContaining({
        ruleId: '@nx/enforce-module-boundaries',
        message: expect.stringContaining('"type:web" can only depend on'),
      }),
    ]);
    const errors = errorsOf(results.serverPackageAndBuiltinInConsole!);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ruleId: '@nx/enforce-module-boundaries',
          message: expect.stringContaining('not allowed to import "oidc-provider"'),
        }),
        expect.objectContaining({ ruleId: '@typescript-eslint/no-restricted-imports', message: expect.stringContaining("'node:fs'") }),
      ]),
    );
    expect(results.cleanConsoleFile).toEqual([]);
  });

  it('(e) a clean domain file (importing @par/kernel) has no findings', () => {
    expect(results.cleanDomainFile).toEqual([]);
  });
});

describe('lint rules of eslint.config.js fire (a two-library Nx workspace in the temp folder)', () => {
  let dir: string;
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const libA = "import { b } from '@fx/b';\nexport const a = (): string => `a${b()}`;\n";
  const libBCycle = "import { a } from '@fx/a';\nexport const b = (): string => typeof a;\n";
  const libBAcyclic = "export const b = (): string => 'b';\n";

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'par-lint-fixture-'));
    copyFileSync(join(repo, 'eslint.config.js'), join(dir, 'eslint.config.js'));
    copyFileSync(join(repo, 'nx.json'), join(dir, 'nx.json'));
    symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
    write('package.json', JSON.stringify({ name: 'lint-fixture', private: true, type: 'module' }));
    write(
      'tsconfig.base.json',
      JSON.stringify({
        compilerOptions: { baseUrl: '.', paths: { '@fx/a': ['libs/a/src/index.ts'], '@fx/b': ['libs/b/src/index.ts'] } },
      }),
    );
    for (const name of ['a', 'b']) {
      write(
        `libs/${name}/project.json`,
        JSON.stringify({
          name: `fx-${name}`,
          sourceRoot: `libs/${name}/src`,
          projectType: 'library',
          tags: ['scope:shared', 'type:data-access'],
        }),
      );
    }
    write('libs/a/src/index.ts', libA);
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('(c) an import cycle between two libraries is an error', () => {
    write('libs/b/src/index.ts', libBCycle);
    const [findings] = lint(dir, [{ filePath: 'libs/a/src/index.ts', code: libA }]);
    expect(errorsOf(findings!)).toEqual([
      expect.objectContaining({
        ruleId: '@nx/enforce-module-boundaries',
        message: expect.stringContaining('Circular dependency between "fx-a" and "fx-b" detected: fx-a -> fx-b -> fx-a'),
      }),
    ]);
  });

  it('the same import without the cycle is fine (the cycle, not the import, is what is reported)', () => {
    write('libs/b/src/index.ts', libBAcyclic);
    const [findings] = lint(dir, [{ filePath: 'libs/a/src/index.ts', code: libA }]);
    expect(findings).toEqual([]);
  });

  it('lint fails, instead of skipping the boundary rule, when the project graph cannot be built', () => {
    write('libs/b/project.json', '{ "name": "fx-b", ');
    const { status, stderr } = runLint(dir, [{ filePath: 'libs/a/src/index.ts', code: libA }]);
    expect(status).not.toBe(0);
    expect(stderr).toContain('no Nx project graph, so module boundaries cannot be checked');
  });
});
