export interface FrameworkSummary {
  frameworkId: string;
  name: string;
  unitType: string;
  latestVersion: number;
  versions: {
    version: number;
    name: string;
    totalMaxPoints: number;
    decision: { number: string; date: string };
    validFrom: string;
    validTo: string;
  }[];
  draft: { name: string; totalMaxPoints: number; basedOnVersion: number | null } | null;
}
export const FRAMEWORKS = `{ frameworks { frameworkId name unitType latestVersion
  versions { version name totalMaxPoints decision { number date } validFrom validTo }
  draft { name totalMaxPoints basedOnVersion } } }`;

export interface Node {
  code: string;
  name: string;
  maxPoints: number;
  method: string | null;
  rule: { descriptionVi: string } | null;
  note: string | null;
}
export interface FrameworkTree {
  frameworkId: string;
  version: number;
  name: string;
  totalMaxPoints: number;
  decision: { number: string; date: string } | null;
  components: (Node & { criteria: (Node & { subCriteria: Node[] })[]; aggregates: Node[] })[];
  classificationBands: { code: string; label: string; min: number | null; max: number | null }[];
}
const NODE = 'code name maxPoints method rule { descriptionVi } note';
export const FRAMEWORK_TREE = `query($id: String!, $version: Int!) { framework(frameworkId: $id, version: $version) {
  frameworkId version name totalMaxPoints decision { number date }
  components { code name maxPoints criteria { ${NODE} subCriteria { ${NODE} } } aggregates { ${NODE} } }
  classificationBands { code label min max } } }`;

export interface FrameworkDiff {
  changes: { kind: string; code: string; change: string; name: string; fields: { field: string; from: unknown; to: unknown }[] }[];
}
export const FRAMEWORK_DIFF = `query($id: ID!, $from: Int!, $to: Int!) { frameworkDiff(frameworkId: $id, fromVersion: $from, toVersion: $to) {
  changes { kind code change name fields { field from to } } } }`;

export interface FileProblem {
  path: string;
  code: string;
  message: string;
  detail: string;
  line: number | null;
  column: number | null;
}
export interface FileCheck {
  fileName: string;
  kind: string;
  sizeBytes: number;
  ok: boolean;
  problems: FileProblem[];
  summary: {
    frameworkId: string;
    name: string;
    totalMaxPoints: number;
    components: number;
    criteria: number;
    subCriteria: number;
    decisionNumber: string;
  } | null;
}
export const VALIDATE_FILE = `mutation($file: Upload!) { validateFrameworkFile(file: $file) { fileName kind sizeBytes ok
  problems { path code message detail line column }
  summary { frameworkId name totalMaxPoints components criteria subCriteria decisionNumber } } }`;
export const IMPORT_FILE = `mutation($file: Upload!) { importFrameworkFile(file: $file) { frameworkId name draft { name totalMaxPoints } } }`;
