import { distinctTopics } from '../network/contact-input.ts';

/** A release as the form gives it. */
export interface PressReleaseFields {
  title: string;
  body: string;
  topics?: string[] | undefined;
  libraryItemIds?: string[] | undefined;
}

/** The stored columns of a release's text (its items are rows of their own). */
export const pressReleaseColumns = (input: PressReleaseFields) => ({
  title: input.title,
  body: input.body,
  topics: distinctTopics(input.topics ?? []),
});
