import { noContent } from '@lantoa/api-contract/common';
import {
  attendanceCode,
  attendanceCount,
  attendanceCountInput,
  audience,
  certificatesIssued,
  courseCreated,
  courseDetail,
  courseInput,
  courseKind,
  courseList,
  headcount,
  headcountInput,
  indicatorBindingInput,
  nominationInput,
  nominationResult,
  peopleSummary,
  roster,
  rosterPerson,
  rosterPersonInput,
  teamActivities,
  teamActivityCreated,
  teamCreated,
  teamInput,
  teamList,
  teamUpdate,
  tickInput,
  tickResult,
} from '@lantoa/api-contract/training';
import { fileResponse, MEDIA_TYPES } from '@lantoa/api-contract/uploads';
import { vietnamToday } from '@lantoa/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { filesOf } from '../files/files-of.ts';
import type { AppDeps } from '../http/context.ts';
import { contextOf } from '../http/session.ts';
import { bindIndicator } from '../use-cases/reports/bind-indicator.ts';
import { addRosterPerson } from '../use-cases/training/add-roster-person.ts';
import { createCourse } from '../use-cases/training/create-course.ts';
import { createTeam } from '../use-cases/training/create-team.ts';
import { downloadCertificate } from '../use-cases/training/download-certificate.ts';
import { getCourse } from '../use-cases/training/get-course.ts';
import { getPeopleSummary } from '../use-cases/training/get-people-summary.ts';
import { issueCertificates } from '../use-cases/training/issue-certificates.ts';
import { listCourses } from '../use-cases/training/list-courses.ts';
import { listRoster } from '../use-cases/training/list-roster.ts';
import { listTeamActivities } from '../use-cases/training/list-team-activities.ts';
import { listTeams } from '../use-cases/training/list-teams.ts';
import { nominateParticipants } from '../use-cases/training/nominate-participants.ts';
import { recordAttendanceCount } from '../use-cases/training/record-attendance-count.ts';
import { recordTeamActivity } from '../use-cases/training/record-team-activity.ts';
import { setHeadcount } from '../use-cases/training/set-headcount.ts';
import { showAttendanceCode } from '../use-cases/training/show-attendance-code.ts';
import { tickAttendance } from '../use-cases/training/tick-attendance.ts';
import { updateRosterPerson } from '../use-cases/training/update-roster-person.ts';
import { updateTeam } from '../use-cases/training/update-team.ts';
import { withdrawParticipant } from '../use-cases/training/withdraw-participant.ts';
import { idParams, isoDate, text, version } from './schemas.ts';
import { readUpload, sendAttachment } from './uploads.ts';

/** A team's activity as a phone sends it: JSON, or multipart with a photo after these fields. */
const teamActivityInput = z.object({
  happenedOn: isoDate,
  what: text(2000, { multiline: true }),
  citizensHelped: z.coerce.number().int().min(0).max(100_000),
});
/** A photo from a phone camera, before it is checked and re-encoded. */
const MAX_PHOTO_BYTES = 15 * 1024 * 1024;

export const trainingRoutes =
  (deps: AppDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['training'];
    app.get(
      '/api/bodies/:id/people',
      {
        schema: {
          tags,
          summary: 'The people who count at a body, per audience: named, head-count, trained, informed',
          params: idParams,
          querystring: z.object({ on: isoDate.optional() }),
          response: { 200: peopleSummary },
        },
      },
      async (request) => getPeopleSummary(contextOf(request, deps), request.params.id, request.query),
    );
    app.get(
      '/api/bodies/:id/roster',
      {
        schema: {
          tags,
          summary: 'A body’s roster of named people (one audience, a team, a search)',
          params: idParams,
          querystring: z.object({
            audience: audience.optional(),
            teamId: z.uuid().optional(),
            q: text(100, { optional: true }).optional(),
          }),
          response: { 200: roster },
        },
      },
      async (request) => listRoster(contextOf(request, deps), request.params.id, request.query),
    );
    app.post(
      '/api/bodies/:id/roster',
      {
        schema: {
          tags,
          summary: 'Add a person to a body’s roster',
          params: idParams,
          body: rosterPersonInput,
          response: { 201: rosterPerson },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addRosterPerson(contextOf(request, deps), request.params.id, request.body)),
    );
    app.put(
      '/api/roster/:id',
      {
        schema: {
          tags,
          summary: 'Correct a person on a roster, or record that they left (optimistic on version)',
          params: idParams,
          body: rosterPersonInput.extend({ version }),
          response: { 200: rosterPerson },
        },
      },
      async (request) => updateRosterPerson(contextOf(request, deps), request.params.id, request.body),
    );
    app.put(
      '/api/bodies/:id/headcounts',
      {
        schema: {
          tags,
          summary: 'Set (or remove) a body’s head-count of an audience for a year',
          params: idParams,
          body: headcountInput,
          response: { 200: headcount },
        },
      },
      async (request) => setHeadcount(contextOf(request, deps), request.params.id, request.body),
    );

    app.get(
      '/api/bodies/:id/teams',
      {
        schema: {
          tags,
          summary: 'The community digital teams under a body, with size, training and activity',
          params: idParams,
          response: { 200: teamList },
        },
      },
      async (request) => listTeams(contextOf(request, deps), request.params.id, vietnamToday()),
    );
    app.post(
      '/api/bodies/:id/teams',
      {
        schema: {
          tags,
          summary: 'Set up a village’s community digital team',
          params: idParams,
          body: teamInput,
          response: { 201: teamCreated },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createTeam(contextOf(request, deps), request.params.id, request.body)),
    );
    app.put(
      '/api/teams/:id',
      {
        schema: {
          tags,
          summary: 'Rename a team’s village or name its leader',
          params: idParams,
          body: teamUpdate,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await updateTeam(contextOf(request, deps), request.params.id, request.body);
        return reply.status(204).send();
      },
    );
    app.get(
      '/api/teams/:id/activities',
      {
        schema: {
          tags,
          summary: 'A team’s activity log',
          params: idParams,
          response: { 200: teamActivities },
        },
      },
      async (request) => listTeamActivities(contextOf(request, deps), request.params.id),
    );
    app.post(
      '/api/teams/:id/activities',
      {
        schema: {
          tags,
          summary: 'Log a team’s activity: JSON, or multipart with the fields then a photo',
          params: idParams,
          consumes: ['application/json', 'multipart/form-data'],
          response: { 201: teamActivityCreated },
        },
      },
      async (request, reply) => {
        const ctx = contextOf(request, deps);
        let input: z.infer<typeof teamActivityInput>;
        let photo: Awaited<ReturnType<typeof readUpload>>['file'] | undefined;
        if (request.isMultipart()) {
          const upload = await readUpload(request, MAX_PHOTO_BYTES);
          input = teamActivityInput.parse(upload.fields);
          photo = upload.file;
        } else {
          input = teamActivityInput.parse(request.body);
        }
        const created = await recordTeamActivity(
          ctx,
          filesOf(deps),
          request.params.id,
          { ...input, photo },
          deps.config.uploadLimits,
        );
        return reply.status(201).send(created);
      },
    );

    app.get(
      '/api/courses',
      {
        schema: {
          tags,
          summary: 'Courses and briefings the reader organises or is invited to',
          querystring: z.object({
            kind: courseKind.optional(),
            year: z.coerce.number().int().min(2000).max(2100).optional(),
          }),
          response: { 200: courseList },
        },
      },
      async (request) => listCourses(contextOf(request, deps), request.query),
    );
    app.post(
      '/api/bodies/:id/courses',
      {
        schema: {
          tags,
          summary: 'Organise a course or briefing, with the people each invited body is to send',
          params: idParams,
          body: courseInput,
          response: { 201: courseCreated },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createCourse(contextOf(request, deps), request.params.id, request.body)),
    );
    app.get(
      '/api/courses/:id',
      {
        schema: {
          tags,
          summary: 'A course: invited bodies, participants, attendance',
          params: idParams,
          response: { 200: courseDetail },
        },
      },
      async (request) => getCourse(contextOf(request, deps), request.params.id),
    );
    app.post(
      '/api/courses/:id/nominations',
      {
        schema: {
          tags,
          summary: 'An invited body sends people from its roster (up to its quota)',
          params: idParams,
          body: nominationInput,
          response: { 200: nominationResult },
        },
      },
      async (request) => nominateParticipants(contextOf(request, deps), request.params.id, request.body),
    );
    app.delete(
      '/api/courses/:id/participants/:participantId',
      {
        schema: {
          tags,
          summary: 'Take back someone sent who has not attended',
          params: z.object({ id: z.uuid(), participantId: z.uuid() }),
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await withdrawParticipant(contextOf(request, deps), request.params.id, request.params.participantId);
        return reply.status(204).send();
      },
    );
    app.get(
      '/api/courses/:id/attendance-code',
      {
        schema: {
          tags,
          summary: 'The attendance QR code to show at the session (changes every 30 s)',
          params: idParams,
          response: { 200: attendanceCode },
        },
      },
      async (request, reply) => {
        const code = await showAttendanceCode(
          contextOf(request, deps),
          request.params.id,
          deps.config.publicUrl,
        );
        return reply.header('cache-control', 'no-store').send(code);
      },
    );
    app.post(
      '/api/courses/:id/attendance',
      {
        schema: {
          tags,
          summary: 'The organiser ticks participants present (or takes the tick back)',
          params: idParams,
          body: tickInput,
          response: { 200: tickResult },
        },
      },
      async (request) => tickAttendance(contextOf(request, deps), request.params.id, request.body),
    );
    app.put(
      '/api/courses/:id/counts',
      {
        schema: {
          tags,
          summary: 'A briefing’s people counted for an invited body and audience',
          params: idParams,
          body: attendanceCountInput,
          response: { 200: attendanceCount },
        },
      },
      async (request) => recordAttendanceCount(contextOf(request, deps), request.params.id, request.body),
    );
    app.post(
      '/api/courses/:id/certificates',
      {
        schema: {
          tags,
          summary: 'Certify every participant who attended (once the course has ended)',
          params: idParams,
          response: { 200: certificatesIssued },
        },
      },
      async (request) => issueCertificates(contextOf(request, deps), request.params.id),
    );
    app.get(
      '/api/participants/:id/certificate.pdf',
      {
        schema: {
          tags,
          summary: 'A participant’s certificate as PDF, with its verification QR code',
          params: idParams,
          response: { 200: fileResponse('The certificate', [MEDIA_TYPES.pdf]) },
        },
      },
      async (request, reply) => {
        const { name, pdf } = await downloadCertificate(
          contextOf(request, deps),
          request.params.id,
          deps.config.publicUrl,
        );
        return sendAttachment(reply, MEDIA_TYPES.pdf, name, pdf);
      },
    );

    app.put(
      '/api/indicators/:id/binding',
      {
        schema: {
          tags: ['reports'],
          summary: 'Measure an indicator from the training and briefing records (or stop: null)',
          params: idParams,
          body: indicatorBindingInput,
          response: { 204: noContent },
        },
      },
      async (request, reply) => {
        await bindIndicator(contextOf(request, deps), request.params.id, request.body);
        return reply.status(204).send();
      },
    );
  };
