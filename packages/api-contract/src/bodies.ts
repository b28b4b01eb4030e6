// Bodies (units) of the administrative tree, and the matching of names as documents write them.
import { z } from 'zod';
import { bodyBrief, bodyKind, id, listOf } from './common.ts';
import { version } from './request-fields.ts';
import { text } from './text-field.ts';

export const body = z.object({
  id,
  parentId: id.nullable(),
  kind: bodyKind,
  name: z.string(),
  shortNames: z.array(z.string()),
  aliases: z.array(z.string()),
  code: z.string().nullable(),
  childCount: z.number().int(),
  version: z.number().int(),
});

/** GET /api/bodies/roots and /api/bodies/:id/children. */
export const bodyList = listOf(body);
/** POST and PATCH /api/bodies…. */
export const bodyResponse = z.object({ body });

/** GET /api/bodies/:id: the body, its readable ancestors and what the actor may do there. */
export const bodyDetail = z.object({
  body,
  ancestors: z.array(bodyBrief),
  abilities: z.object({ update: z.boolean(), createChild: z.boolean(), manageUsers: z.boolean() }),
});

/** A search hit with the readable bodies above it. */
export const bodySearchHit = body.extend({ path: z.array(bodyBrief) });
/** GET /api/bodies/search. */
export const bodySearch = listOf(bodySearchHit);

/** How a name as written maps to the bodies: one body, a group of them, or none (with candidates). */
export const nameMatch = z.discriminatedUnion('type', [
  z.object({ type: z.literal('body'), confidence: z.number(), matchedOn: z.string(), body: bodyBrief }),
  z.object({
    type: z.literal('group'),
    confidence: z.number(),
    label: z.string(),
    kinds: z.array(bodyKind),
    /** The group's bodies, possibly only the first of them … */
    bodies: z.array(bodyBrief),
    /** … of this many. */
    bodyCount: z.number().int(),
  }),
  z.object({
    type: z.literal('none'),
    confidence: z.number(),
    candidates: z.array(z.object({ confidence: z.number(), body: bodyBrief })),
  }),
]);

export const namedMatch = z.object({ text: z.string(), match: nameMatch });
/** POST /api/bodies/match. */
export const nameMatches = listOf(namedMatch);

// Requests -------------------------------------------------------------------------------------

const nameList = z.array(text(200)).max(30);
const bodyName = text(300);
const bodyCode = z
  .string()
  .trim()
  .regex(/^\d{2,5}$/, 'Mã gồm 2 đến 5 chữ số')
  .nullish();

/** A new body under a parent (POST /api/bodies). */
export const bodyCreateInput = z.object({
  parentId: z.uuid(),
  kind: bodyKind,
  name: bodyName,
  shortNames: nameList.optional(),
  aliases: nameList.optional(),
  code: bodyCode,
});

/** A change of a body (PATCH /api/bodies/:id): only what changes, with the version loaded. */
export const bodyUpdateInput = z.object({
  kind: bodyKind.optional(),
  name: bodyName.optional(),
  shortNames: nameList.optional(),
  aliases: nameList.optional(),
  code: bodyCode,
  version,
});
