import { useState } from 'react';
import { formatFileSize } from '../../format/format';
import type { GqlError, GqlTransport } from '../../graphql/client';
import { gqlRequest, useTransport } from '../../graphql/hooks';
import { ErrorNotice } from '../../ui/ui';
import { base64ToBytes, saveFile } from '../../ui/download';
import { EVIDENCE, type EvidenceFile } from './queries';

/** Downloads one evidence document of the unit through the `evidence` query (base64 content). */
export async function downloadEvidence(transport: GqlTransport, cycleId: string, unitId: string, sha256: string): Promise<void> {
  const r = await gqlRequest<{ evidence: { fileName: string; mediaType: string; contentBase64: string } }>(transport, EVIDENCE, {
    cycleId,
    unitId,
    sha256,
  });
  saveFile(r.evidence.fileName, r.evidence.mediaType, base64ToBytes(r.evidence.contentBase64));
}

/** The evidence files of a sub-criterion: name, size, and a download through the `evidence` query. */
export function EvidenceList({ cycleId, unitId, files }: { cycleId: string; unitId: string; files: EvidenceFile[] }) {
  const transport = useTransport();
  const [error, setError] = useState<GqlError | undefined>();
  if (files.length === 0) return <span className="muted">Không có tài liệu kiểm chứng.</span>;
  const download = async (f: EvidenceFile) => {
    setError(undefined);
    try {
      await downloadEvidence(transport, cycleId, unitId, f.sha256);
    } catch (e) {
      setError(e as GqlError);
    }
  };
  return (
    <>
      <ul className="evidence-list">
        {files.map((f) => (
          <li key={f.sha256}>
            <button type="button" className="link" onClick={() => void download(f)} title={`Tải về ${f.fileName}`}>
              {f.fileName}
            </button>{' '}
            <span className="muted small">({formatFileSize(f.size)})</span>
          </li>
        ))}
      </ul>
      {error && <ErrorNotice error={error} />}
    </>
  );
}
