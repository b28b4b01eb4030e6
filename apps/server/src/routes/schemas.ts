import {
  dateField,
  dateTimeField,
  INT4_MAX,
  int4,
  page,
  pageSize,
  version,
  versionOrNew,
} from '@lantoa/api-contract/request-fields';
import { text } from '@lantoa/api-contract/text-field';
import { z } from 'zod';

// Shared pieces of the route schemas. Input that the database cannot hold (an impossible date, a
// number beyond its int4 column, text PostgreSQL refuses) is refused here with a 400 naming the
// field, so it never reaches a use case. NUL bytes and lone surrogates are refused for every route
// before validation (http/input-text.ts); the error handler maps what still slips through.

export const idParams = z.object({ id: z.uuid() });
/**
 * A public home's address, `/cong-khai/:code`: a province's two digits or a commune's five. Anything
 * else is answered as an unknown page without asking the database.
 */
export const publicSiteCode = z.string().regex(/^\d{2}(?:\d{3})?$/);
export const publicSiteParams = z.object({ code: publicSiteCode });

/** A document's date as far as it is known: its one home is the plan-extract format. */
export { documentDate } from '@lantoa/plan-parser/extract-schema';
/**
 * Fields of requests whose one home is the API contract (the web reads the request schemas built from
 * them): counts and versions that fit an int4 column, real calendar days and instants.
 */
/** Text as people type it: its one home is the API contract, whose request schemas the web reads too. */
export {
  dateField as isoDate,
  dateTimeField as isoDateTime,
  INT4_MAX,
  int4,
  page,
  pageSize,
  text,
  version,
  versionOrNew,
};
