import { useState } from 'react';
import { gqlUpload, useMutation } from '../../graphql/hooks';
import type { GqlError } from '../../graphql/client';
import { formatNumberVi, formatPoints } from '../../format/format';
import { T } from '../../labels/labels';
import { ErrorNotice, Notice, Table } from '../../ui/ui';
import { IMPORT_FILE, VALIDATE_FILE, type FileCheck, type FileProblem } from './queries';

function ProblemReport({ problems }: { problems: FileProblem[] }) {
  return (
    <Table caption={`Báo cáo lỗi: ${formatNumberVi(problems.length, 0)} lỗi`} head={['Vị trí', 'Dòng', 'Cột', 'Lỗi', T.code]}>
      {problems.map((p, i) => (
        <tr key={i}>
          <td>{p.path}</td>
          <td className="num">{p.line ?? '—'}</td>
          <td className="num">{p.column ?? '—'}</td>
          <td>{p.message}</td>
          <td>
            <code>{p.code}</code>
          </td>
        </tr>
      ))}
    </Table>
  );
}

const problemsOf = (e: GqlError | undefined): FileProblem[] =>
  Array.isArray(e?.meta?.['problems']) ? (e.meta['problems'] as FileProblem[]) : [];

/** Checks (validateFrameworkFile) or imports (importFrameworkFile) a framework annex (XLSX/CSV/YAML) as a draft. */
export function AnnexImport({ onImported }: { onImported(): void }) {
  const [file, setFile] = useState<File | null>(null);
  const check = useMutation((t, f: File) => gqlUpload<{ validateFrameworkFile: FileCheck }>(t, VALIDATE_FILE, f));
  const imp = useMutation((t, f: File) => gqlUpload<{ importFrameworkFile: { frameworkId: string; name: string } }>(t, IMPORT_FILE, f));
  const result = check.data?.validateFrameworkFile;
  // a refused import names its first problems in the message; the full report comes from checking the same file
  const runImport = async (f: File) => {
    check.reset();
    const done = await imp.execute(f);
    if (done) onImported();
    else await check.execute(f);
  };
  return (
    <section className="card" aria-label="Nhập phụ lục">
      <h2>Nhập phụ lục bộ tiêu chí</h2>
      <p className="muted">Tệp XLSX hoặc CSV của phụ lục quyết định (hoặc YAML/JSON). Có lỗi thì không lưu gì và báo mọi lỗi.</p>
      <div className="row">
        <label className="file-button">
          Chọn tệp…
          <input
            type="file"
            className="sr-only"
            aria-label="Tệp phụ lục"
            accept=".xlsx,.csv,.yaml,.yml,.json"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              check.reset();
              imp.reset();
            }}
          />
        </label>
        <span className="file-name">{file ? `${file.name} (${formatNumberVi(file.size / 1024, 0)} KB)` : 'Chưa chọn tệp'}</span>
        <button type="button" disabled={!file || check.busy} onClick={() => file && void check.execute(file)}>
          Kiểm tra tệp
        </button>
        <button type="button" className="primary" disabled={!file || imp.busy} onClick={() => file && void runImport(file)}>
          Nhập thành bản dự thảo
        </button>
      </div>
      {check.busy || imp.busy ? <Notice>{T.loading}</Notice> : null}
      {imp.data && (
        <Notice tone="ok">
          Đã nhập bản dự thảo: {imp.data.importFrameworkFile.name} ({imp.data.importFrameworkFile.frameworkId}).
        </Notice>
      )}
      {imp.error && <ErrorNotice error={imp.error} />}
      {problemsOf(imp.error).length > 0 && <ProblemReport problems={problemsOf(imp.error)} />}
      {check.error && <ErrorNotice error={check.error} />}
      {result && result.ok && result.summary && (
        <Notice tone="ok">
          Tệp {result.fileName} hợp lệ: {result.summary.name} ({result.summary.frameworkId}), {formatPoints(result.summary.totalMaxPoints)}{' '}
          điểm, {result.summary.components} lĩnh vực, {result.summary.criteria} tiêu chí, {result.summary.subCriteria} tiêu chí thành phần,
          quyết định {result.summary.decisionNumber}.
        </Notice>
      )}
      {result && !result.ok && problemsOf(imp.error).length === 0 && (
        <>
          <Notice tone="error">Tệp {result.fileName} có lỗi nên chưa nhập được; không có gì được lưu.</Notice>
          <ProblemReport problems={result.problems} />
        </>
      )}
    </section>
  );
}
