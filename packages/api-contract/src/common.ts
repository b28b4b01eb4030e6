// Pieces several areas' responses share. Response schemas describe what the server sends; they do
// not re-check it: the serializer encodes every answer through its schema (keys not declared are
// dropped, a value of the wrong type is a 500), so formats such as a UUID or a date are documented
// (`meta`) rather than enforced, and no length or range bound belongs here — input bounds live with
// the request schemas.
import { BODY_KINDS, OCCURRENCE_STATES } from '@lantoa/domain/constants';
import { z } from 'zod';

/** An id the server made. */
export const id = z.string().meta({ format: 'uuid' });
/** A calendar day, 'YYYY-MM-DD' (Vietnam's day where it stands for "today"). */
export const isoDate = z.string().meta({ format: 'date' });
/** An instant, ISO 8601 with its zone. */
export const isoDateTime = z.string().meta({ format: 'date-time' });

export const bodyKind = z.enum(BODY_KINDS);
/** A body as lists and headers name it. */
export const bodyBrief = z.object({ id, name: z.string(), kind: bodyKind });
/** A body named without its kind. */
export const bodyRef = z.object({ id, name: z.string() });
/** A body with its official code (communes, provinces), as the report tables show it. */
export const bodyWithCode = bodyBrief.extend({ code: z.string().nullable() });

export const occurrenceState = z.enum(OCCURRENCE_STATES);
/** How many occurrences are in each state. */
export const stateCounts = z.record(occurrenceState, z.number().int());

/** A page of a longer list: the items asked for and how many there are in all. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });
/** A whole list. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

/** A write that answers nothing (204). */
export const noContent = z.undefined().describe('No content');

/** A refusal or failure: `message` is Vietnamese, meant for the user, and says what to do. */
export const errorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
});
