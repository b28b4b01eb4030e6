import { type Database, recordAudit } from '@lantoa/db';
import { AUDIENCE_NAMES, villageKey } from '@lantoa/domain';
import type { Kysely } from 'kysely';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import type { UploadedFile } from '../files/store-file.ts';
import {
  byRow,
  cellDate,
  cellPhone,
  cellText,
  DATE_HINT,
  type RowError,
  readImportSheet,
} from './import-sheet.ts';
import { rosterHomeOf } from './load-team.ts';
import { loadTrainingBody } from './load-training-body.ts';
import { rosterColumns, samePhoneRefused } from './roster-input.ts';
import { onRosterOf } from './roster-sql.ts';
import { AUDIENCE_SHEET, audienceFromName, ROSTER_HEADERS, ROSTER_SHEET } from './roster-template.ts';

/** People per file: a commune's staff, officials and every village's team, many times over. */
const MAX_ROSTER_ROWS = 5000;
/** People per insert: nine columns each, well under PostgreSQL's 65,535 parameters. */
const INSERT_CHUNK = 1000;
/** The database's limit of a name (and the form's, of a role and a village). */
const MAX_TEXT = 200;

/**
 * A body's roster from Excel: each row a person (name, audience, role, phone, village, joining day),
 * taken through the same rules as one added in the form (rosterColumns). Every bad row is listed:
 * no name, an unknown audience, a phone that is not a mobile number, the same phone twice in the
 * file or already on the roster (the commune's people and its teams' members, for the same
 * audience, as the form refuses it: assertPhoneFree), a day that is not a date. With any error
 * nothing is stored, unless the person chose to keep the good rows.
 * A digital team's member whose village has a team joins that team's roster (as adding them to the
 * team does). One transaction, one audit entry.
 */
export async function importRoster(
  ctx: Context,
  bodyId: string,
  file: UploadedFile,
  options: { keepGoodRows: boolean },
) {
  const body = await loadTrainingBody(ctx, bodyId);
  const sheet = await readImportSheet(file, {
    sheetName: ROSTER_SHEET,
    headers: ROSTER_HEADERS,
    required: ['fullName', 'audience'],
    notTemplate:
      'Tệp không đúng mẫu danh sách: hàng tiêu đề phải có cột "Họ và tên" và "Đối tượng". Hãy tải mẫu rồi điền lại.',
    maxRows: MAX_ROSTER_ROWS,
    rowsLabel: 'người',
    columns: 30,
  });
  const errors: RowError[] = [];
  const people: { row: number; columns: ReturnType<typeof rosterColumns> }[] = [];
  for (const { number, cells } of sheet.rows) {
    const fail = (field: string, message: string) => errors.push({ row: number, field, message });
    const before = errors.length;
    const fullName = cellText(sheet.cell(cells, 'fullName'));
    const audienceText = cellText(sheet.cell(cells, 'audience'));
    const roleTitle = cellText(sheet.cell(cells, 'roleTitle'));
    const village = cellText(sheet.cell(cells, 'village'));
    const audience = audienceFromName(audienceText);
    if (!audienceText)
      fail('audience', `Thiếu đối tượng. Hãy chọn một đối tượng ở trang "${AUDIENCE_SHEET}".`);
    else if (!audience)
      fail(
        'audience',
        `Không rõ đối tượng «${audienceText}». Hãy ghi một trong: ${Object.values(AUDIENCE_NAMES).join('; ')}.`,
      );
    if (fullName.length > MAX_TEXT) fail('fullName', `Họ và tên dài quá ${MAX_TEXT} ký tự. Hãy rút gọn.`);
    if (roleTitle.length > MAX_TEXT) fail('roleTitle', `Chức vụ dài quá ${MAX_TEXT} ký tự. Hãy rút gọn.`);
    if (village.length > MAX_TEXT) fail('village', `Tên thôn dài quá ${MAX_TEXT} ký tự. Hãy rút gọn.`);
    const joinedOn = cellDate(sheet.cell(cells, 'joinedOn'));
    if (joinedOn === 'bad')
      fail('joinedOn', `Ngày tham gia «${cellText(sheet.cell(cells, 'joinedOn'))}» không đúng. ${DATE_HINT}`);
    try {
      const columns = rosterColumns({
        // The other fields are still checked when the audience is not known.
        audience: audience ?? 'citizens',
        fullName,
        roleTitle,
        phone: cellPhone(sheet.cell(cells, 'phone')),
        village,
        joinedOn: joinedOn === 'bad' ? null : joinedOn,
      });
      if (errors.length === before) people.push({ row: number, columns });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      fail(
        error.field ?? 'file',
        error.field === 'fullName' ? 'Thiếu họ và tên. Hãy nhập họ và tên.' : error.message,
      );
    }
  }
  // The same phone twice in the file, for one audience: the first row is taken, the others listed.
  const firstRow = new Map<string, number>();
  const unique = people.filter(({ row, columns }) => {
    if (!columns.phone) return true;
    const key = `${columns.audience} ${columns.phone}`;
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, row);
      return true;
    }
    errors.push({
      row,
      field: 'phone',
      message: `Số điện thoại trùng với dòng ${first} (cùng đối tượng). Mỗi người chỉ ghi một dòng: hãy xóa dòng trùng hoặc sửa số.`,
    });
    return false;
  });

  return ctx.db.transaction().execute(async (trx) => {
    // The roster a phone must be free on: the commune's own people and its teams' members together.
    const home = await rosterHomeOf(trx, body);
    const present = await trx
      .selectFrom('roster_people as person')
      .innerJoin('bodies as home', 'home.id', 'person.body_id')
      .select(['person.audience', 'person.phone', 'person.full_name'])
      .where(onRosterOf(home))
      .where('person.left_on', 'is', null)
      .where('person.phone', 'is not', null)
      .execute();
    const teams = body.kind === 'commune' ? await villageTeams(trx, body.id) : [];
    const onRoster = new Map(present.map((p) => [`${p.audience} ${p.phone}`, p.full_name]));
    const fresh = unique.filter(({ row, columns }) => {
      const known = columns.phone && onRoster.get(`${columns.audience} ${columns.phone}`);
      if (!known) return true;
      errors.push({
        row,
        field: 'phone',
        message: `Số điện thoại này đã có trong danh sách của đơn vị (${known}, cùng đối tượng). Hãy sửa người đó trong danh sách thay vì nhập lại.`,
      });
      return false;
    });
    byRow(errors);
    if (errors.length > 0 && !options.keepGoodRows) return { imported: 0, errors };
    const values = fresh.map(({ columns }) => ({
      // A digital team's member whose village has a team is on that team's roster.
      body_id:
        (columns.audience === 'digital_team' &&
          teams.find((t) => t.key === villageKey(columns.village))?.id) ||
        body.id,
      ...columns,
    }));
    for (let i = 0; i < values.length; i += INSERT_CHUNK) {
      const chunk = values.slice(i, i + INSERT_CHUNK);
      await samePhoneRefused(() => trx.insertInto('roster_people').values(chunk).execute());
    }
    if (values.length > 0) {
      await recordAudit(trx, {
        actorId: ctx.actor.userId,
        bodyId: body.id,
        action: 'roster.import',
        entityType: 'body',
        entityId: body.id,
        after: {
          imported: values.length,
          toTeams: values.filter((v) => v.body_id !== body.id).length,
          rowsWithErrors: new Set(errors.map((e) => e.row)).size,
          file: file.name,
        },
      });
    }
    return { imported: values.length, errors };
  });
}

/** The digital teams of a commune's villages, by their village's key. */
async function villageTeams(db: Kysely<Database>, communeId: string) {
  const rows = await db
    .selectFrom('bodies as team')
    .innerJoin('bodies as village', 'village.id', 'team.parent_id')
    .select(['team.id', 'village.name'])
    .where('village.parent_id', '=', communeId)
    .where('village.kind', '=', 'village')
    .where('team.kind', '=', 'digital_team')
    .execute();
  return rows.map((r) => ({ id: r.id, key: villageKey(r.name) }));
}
