export { surveysService } from './surveys.service';
export { SURVEYS_SCHEMA } from './surveys.tokens';
export { importResponseFile, type ResponseImportResult, type ImportProgress } from './response-file/import-response-file';
export { readResponseFile, MAX_RESPONSE_FILE_BYTES } from './response-file/read-response-file';
export { issueSurveyTokens, type IssuedTokens, type IssueTokensInput } from './issue-survey-tokens/issue-tokens';
