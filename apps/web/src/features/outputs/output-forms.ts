// What the register's screens decide without a browser: which pasted text is a link worth reading,
// what a link's preview fills in, the channel a form names, the form's values as the server takes
// them, and the order pushed items and their bodies are listed in.
// Unit-tested in apps/web/test/outputs-forms.test.ts.
import type { ChannelKind, OutputKind } from '@lantoa/domain/constants';
import { tagsOf } from '../../shared/tags.ts';
import type {
  Channel,
  ChannelInput,
  LinkPreview,
  Output,
  OutputInput,
  PushBody,
  PushPlace,
  PushTodo,
} from './api.ts';

/** The channel choice "another place, named by hand" (a registered channel is chosen by its id). */
export const OTHER_CHANNEL = 'other';

/**
 * The address in a pasted text when it is a web page the server may read (http or https with a
 * host, as the contract takes it), else null: "javascript:…" or a half-typed "https://" is not.
 */
export function pastedLink(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return /^https?:\/\/[^\s/?#]+\S*$/i.test(trimmed) ? trimmed : null;
}

/** What the form holds where the preview writes, and whether the person wrote there first. */
export interface PreviewTarget {
  title: string | undefined;
  /** The title the last preview wrote, so a newer link's title may replace it. */
  previewTitle: string | null;
  /** The person picked the date: a preview does not move it. */
  dateTouched: boolean;
}

/**
 * What a link's preview fills in: its title where the person has written none (or only the last
 * preview's), its date unless the person picked one, and its image when it is a web address.
 */
export function previewFill(
  preview: LinkPreview,
  target: PreviewTarget,
): { title?: string; publishedOn?: string; imageUrl: string } {
  const current = target.title?.trim() ?? '';
  const title = preview.title?.trim();
  return {
    ...(title && (!current || current === target.previewTitle) ? { title } : {}),
    ...(preview.publishedOn && !target.dateTouched ? { publishedOn: preview.publishedOn } : {}),
    imageUrl: pastedLink(preview.imageUrl) ?? '',
  };
}

/** Where a form says something was published: one of the body's channels, or a kind and a name. */
export interface ChannelValues {
  /** A registered channel's id, or `OTHER_CHANNEL`. */
  channelId?: string | undefined;
  channelKind?: ChannelKind | undefined;
  channelName?: string | undefined;
}

/**
 * The channel as the server takes it: a registered channel gives its id and its kind; otherwise the
 * kind chosen and the name typed. Null when no kind is known (the form asks for one).
 */
export function channelOf(
  values: ChannelValues,
  channels: readonly Pick<Channel, 'id' | 'kind'>[],
): { channelKind: ChannelKind; channelId: string | null; channelName: string } | null {
  const registered = channels.find((channel) => channel.id === values.channelId);
  if (registered) return { channelKind: registered.kind, channelId: registered.id, channelName: '' };
  if (!values.channelKind) return null;
  // A registered channel not listed (yet): an output opened for correction keeps its channel.
  const kept = values.channelId && values.channelId !== OTHER_CHANNEL ? values.channelId : null;
  return {
    channelKind: values.channelKind,
    channelId: kept,
    channelName: kept ? '' : (values.channelName?.trim() ?? ''),
  };
}

/** The output form as typed (the date already 'YYYY-MM-DD'). */
export interface OutputValues extends ChannelValues {
  url?: string | undefined;
  title: string;
  publishedOn: string;
  kind: OutputKind;
  imageUrl?: string | undefined;
  topics?: string[] | undefined;
  aboutLocal?: boolean | undefined;
  commissioned?: boolean | undefined;
  libraryItemId?: string | null | undefined;
  /** The press release the output follows, linked by hand; null: none. */
  pressReleaseId?: string | null | undefined;
}

/** The output as the server takes it: texts trimmed, empty topics dropped, the channel resolved. */
export function outputInputOf(values: OutputValues, channels: readonly Pick<Channel, 'id' | 'kind'>[]) {
  const channel = channelOf(values, channels);
  if (!channel) return null;
  return {
    kind: values.kind,
    // One line: a title pasted from a page may carry line breaks the server refuses in a title.
    title: values.title.replace(/\s+/g, ' ').trim(),
    publishedOn: values.publishedOn,
    ...channel,
    url: values.url?.trim() ?? '',
    imageUrl: pastedLink(values.imageUrl) ?? '',
    topics: tagsOf(values.topics),
    aboutLocal: values.aboutLocal ?? false,
    commissioned: values.commissioned ?? false,
    libraryItemId: values.libraryItemId ?? null,
    // A correction starts from the output's own link (see outputValuesOf), so saving keeps it unless
    // it was changed (a release left out of an update is unlinked); a new output names one if picked.
    ...(values.pressReleaseId === undefined ? {} : { pressReleaseId: values.pressReleaseId }),
  } satisfies OutputInput;
}

/** An output as the edit form starts from it. */
export function outputValuesOf(output: Output): OutputValues {
  return {
    url: output.url,
    title: output.title,
    publishedOn: output.publishedOn,
    kind: output.kind,
    imageUrl: output.imageUrl,
    topics: output.topics,
    aboutLocal: output.aboutLocal,
    commissioned: output.commissioned,
    libraryItemId: output.libraryItem?.id ?? null,
    pressReleaseId: output.pressRelease?.id ?? null,
    channelId: output.channel?.id ?? OTHER_CHANNEL,
    channelKind: output.channelKind,
    channelName: output.channel ? '' : output.channelName,
  };
}

/** The channel form as typed. */
export interface ChannelFormValues {
  kind: ChannelKind;
  name: string;
  url?: string | undefined;
  feedUrl?: string | undefined;
  topicWords?: string[] | undefined;
}

/** The channel as the server takes it: texts trimmed, no feed when none is typed. */
export function channelInputOf(values: ChannelFormValues): ChannelInput {
  return {
    kind: values.kind,
    name: values.name.trim(),
    url: values.url?.trim() ?? '',
    feedUrl: values.feedUrl?.trim() || null,
    topicWords: tagsOf(values.topicWords),
  };
}

/** One place a pushed item was published, as the to-do form holds it (the date 'YYYY-MM-DD'). */
export interface PlaceValues extends ChannelValues {
  kind: OutputKind;
  url?: string | undefined;
  publishedOn: string;
}

/** The places as the server takes them; null when one names no channel kind. */
export function placesOf(
  places: readonly PlaceValues[],
  channels: readonly Pick<Channel, 'id' | 'kind'>[],
): PushPlace[] | null {
  const out: PushPlace[] = [];
  for (const place of places) {
    const channel = channelOf(place, channels);
    if (!channel) return null;
    out.push({ kind: place.kind, ...channel, url: place.url?.trim() ?? '', publishedOn: place.publishedOn });
  }
  return out;
}

/** A share done, as a whole percentage for a progress bar (0 when nobody was asked). */
export function donePercent(done: number, total: number): number {
  return total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
}

/** A push's bodies: those still to publish first, each part by name as Vietnamese sorts it. */
export function pushBodiesInOrder(rows: readonly PushBody[]): PushBody[] {
  return [...rows].sort(
    (a, b) =>
      Number(a.doneAt !== null) - Number(b.doneAt !== null) || a.body.name.localeCompare(b.body.name, 'vi'),
  );
}

/** The to-do list: what is still to publish first, the overdue before the rest, then by due date. */
export function todosInOrder(rows: readonly PushTodo[]): PushTodo[] {
  return [...rows].sort(
    (a, b) =>
      Number(a.doneAt !== null) - Number(b.doneAt !== null) ||
      Number(b.overdue) - Number(a.overdue) ||
      a.push.dueOn.localeCompare(b.push.dueOn) ||
      a.body.name.localeCompare(b.body.name, 'vi'),
  );
}

/**
 * How a pushed library item of a kind is most often published, to start the "published" form
 * with: a poster or banner is placed, a clip is rebroadcast or posted, a text goes on the portal.
 */
export function usualPlace(libraryKind: string): { kind: OutputKind; channelKind: ChannelKind } {
  switch (libraryKind) {
    case 'banner':
    case 'poster':
      return { kind: 'visual', channelKind: 'visual' };
    case 'audio':
      return { kind: 'rebroadcast', channelKind: 'loudspeaker' };
    case 'video':
    case 'infographic':
      return { kind: 'social_post', channelKind: 'fanpage' };
    default:
      return { kind: 'portal_post', channelKind: 'portal' };
  }
}
