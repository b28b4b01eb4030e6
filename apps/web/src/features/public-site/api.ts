/**
 * Calls of a public home's settings (`/api/public-sites/:bodyId`). The shapes are inferred from the
 * API contract (types only: nothing of it reaches the bundle); what the form sends is the contract's
 * request schema before its defaults (`z.input`).
 */
import type * as contract from '@lantoa/api-contract/public-sites';
import type { z } from 'zod';
import { api } from '../../api/client.ts';

export type PublicSiteSettings = z.output<typeof contract.publicSiteSettings>;
export type PublicSiteSettingsInput = z.input<typeof contract.publicSiteSettingsInput>;

const sitePath = (bodyId: string) => `/api/public-sites/${encodeURIComponent(bodyId)}`;

export const publicSiteApi = {
  settings: (bodyId: string) => api.get<PublicSiteSettings>(sitePath(bodyId)),
  save: (bodyId: string, input: PublicSiteSettingsInput) =>
    api.put<PublicSiteSettings>(sitePath(bodyId), input),
};
