// A body's public home (issue 17): whether it is open, what it says of itself, how many days a body
// has to answer a citizen's feedback, and whether it lists those honoured (issue 18). A province's
// home is open unless turned off; a commune's once its focal point turns it on. Request bodies the
// web sends live here too (z.input<…>).
import { z } from 'zod';
import { id, isoDateTime } from './common.ts';
import { int4, versionOrNew } from './request-fields.ts';
import { text } from './text-field.ts';

/** GET and PUT /api/public-sites/:bodyId. */
export const publicSiteSettings = z.object({
  body: z.object({ id, name: z.string(), kind: z.enum(['province', 'commune']), code: z.string() }),
  enabled: z.boolean(),
  intro: z.string(),
  feedbackDays: z.number().int(),
  /** Whether the home lists those honoured (`…/khen-thuong`): off unless turned on. */
  showHonours: z.boolean(),
  /** The public home's path, `/cong-khai/<code>`, and its address to share (the server's public URL). */
  path: z.string(),
  address: z.string(),
  /** 0 while the body has never saved its settings (the defaults apply): the first save creates them. */
  version: z.number().int(),
  updatedAt: isoDateTime.nullable(),
});

/** PUT /api/public-sites/:bodyId: the settings, with the version loaded (0 when none was saved yet). */
export const publicSiteSettingsInput = z.object({
  enabled: z.boolean(),
  intro: text(2000, { multiline: true, optional: true }),
  feedbackDays: int4(1, 90),
  /** List those honoured on the public home; left out: as it was. */
  showHonours: z.boolean().optional(),
  version: versionOrNew,
});
