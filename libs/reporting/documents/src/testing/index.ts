// Test helpers of @par/reporting-documents (not part of the public door): read generated files back, sample data.
export { docxText, docxXml, pdfText, readXlsx, writeReportFiles } from './read-back';
export { HOSTILE_NAME, sampleDocument } from './sample-document';
export { bacKan2023 } from './bac-kan-2023';
