import { Query } from '@nestjs/cqrs';
import type { SurveyFormType } from './survey-form.types';

/** A public call: no user, no province; the token is the credential. */
export class SurveyFormQuery extends Query<SurveyFormType> {
  constructor(
    readonly correlationId: string,
    readonly token: string,
  ) {
    super();
  }
}
