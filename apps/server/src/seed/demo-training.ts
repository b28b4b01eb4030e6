import { type Database, findBodyByCode } from '@lantoa/db';
import { addDays, vietnamToday } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import { bindIndicator } from '../use-cases/reports/bind-indicator.ts';
import { createIndicator } from '../use-cases/reports/create-indicator.ts';
import { addRosterPerson } from '../use-cases/training/add-roster-person.ts';
import { createCourse } from '../use-cases/training/create-course.ts';
import { issueCertificates } from '../use-cases/training/issue-certificates.ts';
import { nominateParticipants } from '../use-cases/training/nominate-participants.ts';
import { recordAttendanceCount } from '../use-cases/training/record-attendance-count.ts';
import { recordTeamActivity } from '../use-cases/training/record-team-activity.ts';
import { setHeadcount } from '../use-cases/training/set-headcount.ts';
import { tickAttendance } from '../use-cases/training/tick-attendance.ts';
import { updateTeam } from '../use-cases/training/update-team.ts';
import { demoFiles } from './demo-files.ts';
import { demoContext, firstDemoPlanOf } from './demo-plans.ts';

// Hòa An's digital teams: one full, one short of the seven members the guidance asks, one just there.
const TEAM_MEMBERS: Record<string, string[]> = {
  'Thôn Đồng Tâm': [
    'Hoàng Văn Khánh',
    'Nông Thị Lan',
    'Lục Văn Minh',
    'Đàm Thị Ngọc',
    'Bế Văn Phúc',
    'Hà Thị Quyên',
    'Triệu Văn Sơn',
    'Lâm Thị Thu',
  ],
  'Thôn Tân Tiến': ['Nông Văn Tùng', 'Hoàng Thị Uyên', 'Lục Văn Vinh', 'Ma Thị Xuân', 'Đinh Văn Yên'],
  'Thôn Thống Nhất': [
    'Bế Thị Anh',
    'Hà Văn Bình',
    'Lò Thị Chi',
    'Nông Văn Dũng',
    'Triệu Thị Giang',
    'Lương Văn Hải',
    'Vi Thị Hằng',
  ],
};
const COMMUNICATION_STAFF = [
  ['Nguyễn Thị Mai', 'Công chức Văn hóa - Xã hội'],
  ['Hoàng Văn Đức', 'Phụ trách Đài truyền thanh xã'],
];

/**
 * The people who count at Hòa An (its digital teams' members, its communication staff, its officials
 * counted), a training of the province's science department a month before the day the demo is
 * loaded (half of one team present and certified), a briefing for officials, and the provincial
 * plan's indicator "members of digital teams trained" measured from these records: the training
 * screens, the teams' warnings and the computed indicator are not empty.
 */
export async function seedDemoTraining(db: Kysely<Database>) {
  const coordinator = await demoContext(db, 'tq.dieuphoi');
  const focal = await demoContext(db, 'hoaan.daumoi');
  const province = await findBodyByCode(db, '08');
  const commune = await findBodyByCode(db, '02353');
  if (!province || !commune) return;
  const today = vietnamToday();
  const teams = await db
    .selectFrom('bodies as team')
    .innerJoin('bodies as village', 'village.id', 'team.parent_id')
    .select(['team.id', 'team.version', 'village.name as village'])
    .where('team.kind', '=', 'digital_team')
    .where('team.path', 'like', `${commune.path}%`)
    .execute();
  // Phones 0912 100 001 upwards, in the order the villages and members are listed.
  let phone = 100_001;
  const members: Record<string, string[]> = {};
  for (const [village, names] of Object.entries(TEAM_MEMBERS)) {
    const team = teams.find((t) => t.village === village);
    if (!team) continue;
    members[team.village] = [];
    for (const fullName of names) {
      const person = await addRosterPerson(focal, commune.id, {
        audience: 'digital_team',
        fullName,
        phone: `0912${phone++}`,
        teamId: team.id,
        village: team.village,
        roleTitle: 'Thành viên',
      });
      members[team.village]?.push(person.id);
    }
    const leader = members[team.village]?.[0];
    if (leader) await updateTeam(focal, team.id, { leaderId: leader, version: team.version });
    if (village === 'Thôn Đồng Tâm') {
      await recordTeamActivity(focal, demoFiles(db), team.id, {
        happenedOn: addDays(today, -3),
        what: 'Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử VNeID mức 2',
        citizensHelped: 27,
      });
    }
  }
  for (const [fullName, roleTitle] of COMMUNICATION_STAFF) {
    await addRosterPerson(focal, commune.id, {
      audience: 'communication_staff',
      fullName: fullName as string,
      roleTitle,
      phone: `0912${phone++}`,
    });
  }
  await setHeadcount(focal, commune.id, {
    audience: 'officials',
    year: Number(today.slice(0, 4)),
    headcount: 45,
  });

  // A training a month ago: four of Thôn Đồng Tâm's members came and were certified.
  const soKhcn = await db
    .selectFrom('bodies')
    .select('id')
    .where('parent_id', '=', province.id)
    .where('name', '=', 'Sở Khoa học và Công nghệ')
    .executeTakeFirstOrThrow();
  const trainedOn = addDays(today, -30);
  const training = await createCourse(coordinator, soKhcn.id, {
    kind: 'training',
    topic: 'Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng',
    audiences: ['digital_team'],
    startsOn: trainedOn,
    endsOn: trainedOn,
    place: 'Hội trường UBND xã Hòa An',
    quotas: [{ bodyId: commune.id, quota: 6 }],
  });
  await nominateParticipants(focal, training.id, {
    bodyId: commune.id,
    personIds: (members['Thôn Đồng Tâm'] ?? []).slice(0, 5),
  });
  const sent = await db
    .selectFrom('course_participants')
    .select('id')
    .where('course_id', '=', training.id)
    .orderBy('nominated_at')
    .limit(4)
    .execute();
  const onTheDay = new Date(`${trainedOn}T09:00:00+07:00`);
  await tickAttendance(
    coordinator,
    training.id,
    { participantIds: sent.map((p) => p.id), present: true },
    onTheDay,
  );
  await issueCertificates(coordinator, training.id, new Date(`${trainedOn}T17:00:00+07:00`));

  // A briefing for the officials, counted: 38 of the 45 came.
  const briefedOn = addDays(today, -20);
  const briefing = await createCourse(coordinator, province.id, {
    kind: 'briefing',
    topic: 'Hội nghị quán triệt Nghị quyết số 57-NQ/TW',
    audiences: ['officials'],
    startsOn: briefedOn,
    endsOn: briefedOn,
    quotas: [{ bodyId: commune.id, quota: 45 }],
  });
  await recordAttendanceCount(
    focal,
    briefing.id,
    { bodyId: commune.id, audience: 'officials', attended: 38 },
    new Date(`${briefedOn}T16:00:00+07:00`),
  );

  // The provincial plan's indicator of the digital teams, measured from the records.
  const plan = await firstDemoPlanOf(db, province.id);
  if (!plan) return;
  const indicator = await createIndicator(coordinator, plan.id, {
    name: 'Tỷ lệ thành viên Tổ công nghệ số cộng đồng được bồi dưỡng, tập huấn',
    numeratorLabel: 'Số thành viên được bồi dưỡng, tập huấn',
    denominatorLabel: 'Tổng số thành viên',
    unit: '%',
    measure: 'ratio',
    reportedBy: ['commune'],
    targets: [{ year: Number(today.slice(0, 4)), comparator: '>=', value: 80 }],
  });
  await bindIndicator(coordinator, indicator.id, {
    binding: { kind: 'audience_trained', audience: 'digital_team' },
    version: 1,
  });
}
