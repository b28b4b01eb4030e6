import { z } from 'zod';
import type { Config } from '../config.ts';
import { readDueFeeds } from '../use-cases/channels/read-due-feeds.ts';
import type { JobDefinition } from './worker.ts';

/** The daily read of the channels' feeds (RSS, Atom, sitemaps): their new items become outputs. */
export function feedsJob(config: Config): JobDefinition<'channels.read_feeds'> {
  return {
    kind: 'channels.read_feeds',
    parse: (payload) => z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).parse(payload),
    async handle(db, { date }) {
      await readDueFeeds(db, { publicUrl: config.publicUrl, allowHosts: config.feedAllowHosts }, date);
    },
  };
}
