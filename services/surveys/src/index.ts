export { surveysService } from './surveys.service';
export { SURVEYS_SCHEMA } from './surveys.tokens';
