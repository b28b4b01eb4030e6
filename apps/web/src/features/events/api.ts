/**
 * Calls of the events API: the list, an event's page and the organiser's changes, an invited body's
 * answer and counts, models with their photos, coverage, and a body's key-day calendar. The shapes it
 * answers are inferred from the API contract (types only); what the forms send is the contract's
 * request schemas before their defaults (`z.input`).
 */
import type * as contract from '@lantoa/api-contract/events';
import type { z } from 'zod';
import { api, type QueryOf } from '../../api/client.ts';

export type EventSummary = z.output<typeof contract.eventSummary>;
export type EventPage = z.output<typeof contract.eventPage>;
export type EventDetail = z.output<typeof contract.eventDetail>;
export type EventInvitation = EventDetail['invitations'][number];
export type EventCount = EventDetail['counts'][number];
export type EventModel = EventDetail['models'][number];
export type EventCoverage = EventDetail['coverage'][number];
export type ChildEvent = EventDetail['children'][number];
export type EventCompleteness = NonNullable<EventDetail['completeness']>;
export type CompletenessRow = EventCompleteness['bodies'][number];
export type KeyDayCalendar = z.output<typeof contract.keyDayCalendar>;
export type KeyDayRow = KeyDayCalendar['days'][number];

export type EventInput = z.input<typeof contract.eventInput>;
export type EventUpdate = z.input<typeof contract.eventUpdate>;
export type InvitationAnswer = z.input<typeof contract.invitationAnswer>;
export type EventCountInput = z.input<typeof contract.eventCountInput>;
export type EventModelInput = z.input<typeof contract.eventModelInput>;
export type KeyDayScheduleInput = z.input<typeof contract.keyDayScheduleInput>;
export type EventFilter = QueryOf<typeof contract.eventQuery>;

const enc = encodeURIComponent;
const eventPath = (id: string) => `/api/events/${enc(id)}`;

export const eventsApi = {
  list: (filter: EventFilter) => api.get<EventPage>('/api/events', { ...filter }),
  get: (id: string) => api.get<EventDetail>(eventPath(id)),
  create: (organiserBodyId: string, input: EventInput) =>
    api.post<EventDetail>(`/api/bodies/${enc(organiserBodyId)}/events`, input),
  update: (id: string, input: EventUpdate) => api.put<EventDetail>(eventPath(id), input),
  hold: (id: string, version: number, resultsNote: string) =>
    api.post<EventDetail>(`${eventPath(id)}/hold`, { version, resultsNote }),
  cancel: (id: string, version: number, reason: string) =>
    api.post<EventDetail>(`${eventPath(id)}/cancel`, { version, reason }),
  invite: (id: string, bodyIds: string[]) =>
    api.post<EventDetail>(`${eventPath(id)}/invitations`, { bodyIds }),
  uninvite: (id: string, bodyId: string) =>
    api.delete<EventDetail>(`${eventPath(id)}/invitations/${enc(bodyId)}`),
  answer: (id: string, bodyId: string, input: InvitationAnswer) =>
    api.put<EventDetail>(`${eventPath(id)}/invitations/${enc(bodyId)}`, input),
  count: (id: string, input: EventCountInput) => api.put<EventDetail>(`${eventPath(id)}/counts`, input),
  /** Multipart when there is a photo: the fields first, then the file, as the server reads them in order. */
  addModel: (id: string, input: EventModelInput, photo: File | null) => {
    const url = `${eventPath(id)}/models`;
    if (!photo) return api.post<EventDetail>(url, input);
    const form = new FormData();
    for (const [name, value] of Object.entries(input)) {
      if (typeof value === 'string' && value !== '') form.append(name, value);
    }
    form.append('file', photo, photo.name);
    return api.upload<EventDetail>(url, form);
  },
  removeModel: (id: string, modelId: string) =>
    api.delete<EventDetail>(`${eventPath(id)}/models/${enc(modelId)}`),
  /** A model's photo (or its small webp), shown as an image (the session cookie goes with it). */
  photoUrl: (id: string, modelId: string, size: 'thumbnail' | 'full') =>
    `${eventPath(id)}/models/${enc(modelId)}/photo${size === 'thumbnail' ? '?size=thumbnail' : ''}`,
  addCoverage: (id: string, outputId: string) =>
    api.post<EventDetail>(`${eventPath(id)}/coverage`, { outputId }),
  removeCoverage: (id: string, outputId: string) =>
    api.delete<EventDetail>(`${eventPath(id)}/coverage/${enc(outputId)}`),
  keyDays: (bodyId: string, year: number) =>
    api.get<KeyDayCalendar>(`/api/bodies/${enc(bodyId)}/key-days`, { year }),
  schedule: (bodyId: string, input: KeyDayScheduleInput) =>
    api.post<z.output<typeof contract.keyDayScheduled>>(`/api/bodies/${enc(bodyId)}/key-days`, input),
};
