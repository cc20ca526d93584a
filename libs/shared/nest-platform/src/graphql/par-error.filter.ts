import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { ParError } from '@par/kernel';

/**
 * Business errors (bad input, conflicts, missing rights) are answers, not failures: hand them to GraphQL
 * as they are (formatParError shapes them) instead of letting Nest log them as server errors.
 */
@Catch(ParError)
export class ParErrorFilter implements GqlExceptionFilter {
  catch(error: ParError): ParError {
    return error;
  }
}
