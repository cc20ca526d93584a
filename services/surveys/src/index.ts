export { SurveysModule } from './surveys.module';
export { SURVEYS_PIPELINE } from './surveys.tokens';
