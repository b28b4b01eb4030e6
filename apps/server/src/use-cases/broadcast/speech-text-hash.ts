import { createHash } from 'node:crypto';

/** What a bulletin's speech is made from: a changed text makes the recording stale. */
export const speechTextHash = (title: string, text: string) =>
  createHash('sha256').update(`${title}\n${text}`).digest('hex');
