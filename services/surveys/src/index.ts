export { SurveysModule } from './surveys.module';
export { SURVEYS_PIPELINE } from './surveys.tokens';
export { SURVEYS_SCHEMA } from './surveys.tokens';
export { surveysProjections } from './surveys.projections';
