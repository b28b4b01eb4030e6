import { contactInput } from '@lantoa/api-contract/press';
import { recordAudit } from '@lantoa/db';
import { foldVietnamese, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import { AppError } from '../../http/errors.ts';
import type { UploadedFile } from '../files/store-file.ts';
import { loadCommunicatingBody } from '../outputs/load-communicating-body.ts';
import {
  byRow,
  cellDate,
  cellPhone,
  DATE_HINT,
  type RowError,
  readImportSheet,
  type SheetRow,
  sheetRow,
} from '../training/import-sheet.ts';
import {
  type ContactColumns,
  type ContactFields,
  contactColumns,
  newUnsubscribeToken,
  sameEmailRefused,
} from './contact-input.ts';
import {
  CONTACT_HEADERS,
  CONTACT_KIND_LIST,
  CONTACTS_SHEET,
  type ContactField,
} from './contacts-template.ts';

/** Contacts per file: a province's press, experts and pages, many times over. */
const MAX_CONTACT_ROWS = 5000;
/** The database's limits (and the form's). */
const LIMITS = { name: 300, organisation: 300, roleTitle: 200 } as const;

/**
 * Who a row is in the body's directory: the address (one entry per address, the unique index), or
 * for someone without one, the name and organisation, so a list imported twice is not doubled.
 */
const identity = (c: { email: string | null; name: string; organisation: string }) =>
  c.email ? `@${c.email.toLowerCase()}` : `${foldVietnamese(c.name)}|${foldVietnamese(c.organisation)}`;

/** The columns compared to tell an update from a row already there as it is. */
const SAME_COLUMNS = [
  'kind',
  'name',
  'organisation',
  'role_title',
  'email',
  'phone',
  'url',
  'consent',
  'consent_on',
] as const;
type Compared = Pick<ContactColumns, (typeof SAME_COLUMNS)[number] | 'topics'>;
const sameContact = (a: Compared, b: Compared) =>
  SAME_COLUMNS.every((c) => a[c] === b[c]) && a.topics.join('\n') === b.topics.join('\n');

/**
 * A body's communication network from Excel: each row a contact, taken through the same rules as one
 * added in the form (contactColumns: a mobile number, consent with its day). A row whose address is
 * already in the body's directory updates that entry (so does someone without an address, found by
 * name and organisation); a column the sheet does not have leaves the entry's value as it was; an
 * entry the row leaves as it is counts as a duplicate. A withdrawal by the unsubscribe link is never
 * undone by an import. Every bad row is listed with its field; with any error nothing is stored,
 * unless the person chose to keep the good rows. One transaction, one audit entry.
 */
export async function importContacts(
  ctx: Context,
  bodyId: string,
  file: UploadedFile,
  options: { keepGoodRows: boolean },
) {
  const body = await loadCommunicatingBody(ctx, bodyId);
  const sheet = await readImportSheet(file, {
    sheetName: CONTACTS_SHEET,
    headers: CONTACT_HEADERS,
    required: ['kind', 'name'],
    notTemplate:
      'Tệp không đúng mẫu mạng lưới: hàng tiêu đề phải có cột "Loại" và "Họ tên/Tên". Hãy tải mẫu rồi điền lại.',
    maxRows: MAX_CONTACT_ROWS,
    rowsLabel: 'người',
    columns: 30,
  });
  const today = vietnamToday();

  return sameEmailRefused(() =>
    ctx.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('network_contacts')
        .selectAll()
        .where('owner_body_id', '=', body.id)
        .execute();
      const byIdentity = new Map(existing.map((c) => [identity(c), c]));
      const errors: RowError[] = [];
      const firstRow = new Map<string, number>();
      const creations: { row: number; columns: ContactColumns }[] = [];
      const updates: { id: string; version: number; columns: ContactColumns }[] = [];
      let duplicates = 0;

      for (const row of sheet.rows.map((r) => sheetRow(sheet, r, errors))) {
        const fields = readContactRow(row, today);
        if (!fields) continue;
        const key = identity({
          email: fields.email ?? null,
          name: fields.name,
          organisation: fields.organisation ?? '',
        });
        const first = firstRow.get(key);
        if (first !== undefined) {
          row.fail(
            fields.email ? 'email' : 'name',
            `Trùng với dòng ${first} (cùng ${fields.email ? 'thư điện tử' : 'tên và cơ quan'}). Mỗi người chỉ ghi một dòng: hãy xóa dòng trùng.`,
          );
          continue;
        }
        firstRow.set(key, row.number);
        const known = byIdentity.get(key);
        // A column the sheet does not have keeps the entry's value.
        if (known) {
          const keep = <F extends ContactField>(
            field: F,
            value: ContactFields[F],
            current: ContactFields[F],
          ) => (sheet.has(field) ? value : current);
          fields.organisation = keep('organisation', fields.organisation, known.organisation);
          fields.roleTitle = keep('roleTitle', fields.roleTitle, known.role_title);
          fields.phone = keep('phone', fields.phone, known.phone ?? '');
          fields.url = keep('url', fields.url, known.url);
          fields.topics = keep('topics', fields.topics, known.topics);
          if (!sheet.has('consent')) fields.consent = known.consent;
          fields.consentOn = keep('consentOn', fields.consentOn, known.consent_on);
        }
        const columns = checkedColumns(fields, today, row);
        if (!columns) continue;
        if (!known) creations.push({ row: row.number, columns });
        else if (sameContact(columns, known)) duplicates++;
        else updates.push({ id: known.id, version: known.version, columns });
      }

      byRow(errors);
      if (errors.length > 0 && !options.keepGoodRows)
        return { created: 0, updated: 0, duplicates: 0, errors };
      for (const { columns } of creations) {
        await trx
          .insertInto('network_contacts')
          .values({
            owner_body_id: body.id,
            ...columns,
            unsubscribe_token: newUnsubscribeToken(),
            created_by: ctx.actor.userId,
          })
          .execute();
      }
      for (const { id, version, columns } of updates) {
        await trx
          .updateTable('network_contacts')
          .set({ ...columns, version: version + 1 })
          .where('id', '=', id)
          .execute();
      }
      if (creations.length + updates.length > 0) {
        await recordAudit(trx, {
          actorId: ctx.actor.userId,
          bodyId: body.id,
          action: 'contact.import',
          entityType: 'body',
          entityId: body.id,
          after: {
            created: creations.length,
            updated: updates.length,
            duplicates,
            rowsWithErrors: new Set(errors.map((e) => e.row)).size,
            file: file.name,
          },
        });
      }
      return { created: creations.length, updated: updates.length, duplicates, errors };
    }),
  );
}

/**
 * A row's fields, each bad cell reported in the order of the columns, with the form's rules
 * (contactColumns: a mobile number, consent with its day) checked on every row, so that all of a
 * row's errors are listed at once. Null when anything was wrong.
 */
function readContactRow(row: SheetRow<ContactField>, today: string): ContactFields | null {
  const kind = row.pick('kind', CONTACT_KIND_LIST);
  const name = row.shortText('name', LIMITS.name, `Cột "${CONTACT_HEADERS.name[0]}"`);
  if (!name) row.fail('name', 'Thiếu họ tên hoặc tên cơ quan. Hãy nhập cột "Họ tên/Tên".');
  const organisation = row.shortText(
    'organisation',
    LIMITS.organisation,
    `Cột "${CONTACT_HEADERS.organisation[0]}"`,
  );
  const roleTitle = row.shortText('roleTitle', LIMITS.roleTitle, `Cột "${CONTACT_HEADERS.roleTitle[0]}"`);
  const emailText = row.text('email');
  const email = contactInput.shape.email.safeParse(emailText || null);
  if (!email.success)
    row.fail('email', `Thư điện tử «${emailText}» không hợp lệ: hãy ghi dạng ten@vidu.vn hoặc để trống.`);
  const url = row.link('url', 'Trang web');
  const topics = row.topics('topics');
  const consent = row.yesNo('consent', 'Đồng ý nhận tin');
  const consentOn = cellDate(row.cell('consentOn'));
  if (consentOn === 'bad')
    row.fail('consentOn', `Ngày đồng ý «${row.text('consentOn')}» không đúng. ${DATE_HINT}`);
  const fields: ContactFields = {
    // The form's rules are still checked when the kind or the address is not known.
    kind: kind ?? 'reporter',
    name: name || '?',
    organisation,
    roleTitle,
    email: email.success ? (email.data ?? null) : null,
    phone: cellPhone(row.cell('phone')),
    url,
    topics,
    consent: consent === true,
    consentOn: consentOn === 'bad' ? null : consentOn,
  };
  if (consent !== null && consentOn !== 'bad' && !checkedColumns(fields, today, row)) return null;
  return row.failed ? null : fields;
}

/** The stored columns of a contact, or null with why not reported on the row. */
function checkedColumns(
  fields: ContactFields,
  today: string,
  row: SheetRow<ContactField>,
): ContactColumns | null {
  try {
    return contactColumns(fields, today);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    row.fail((error.field ?? 'name') as ContactField, error.message);
    return null;
  }
}
