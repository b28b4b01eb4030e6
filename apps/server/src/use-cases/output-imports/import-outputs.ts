import { foldVietnamese, formatIsoDate, vietnamToday } from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import type { UploadedFile } from '../files/store-file.ts';
import { insertOutput, type NewOutput } from '../outputs/insert-output.ts';
import { loadCommunicatingBody } from '../outputs/load-communicating-body.ts';
import {
  byRow,
  cellDate,
  DATE_HINT,
  foldedKey,
  type RowError,
  readImportSheet,
  sheetRow,
} from '../training/import-sheet.ts';
import { CHANNEL_KIND_LIST, OUTPUT_HEADERS, OUTPUT_KIND_LIST, OUTPUTS_SHEET } from './outputs-template.ts';

/** Rows per file: a province's year of articles, posts and rebroadcasts. */
const MAX_OUTPUT_ROWS = 5000;
/** The database's limits (and the form's). */
const MAX_TITLE = 500;
const MAX_CHANNEL_NAME = 300;

/**
 * What makes a row one the register already has: its link (the unique index: the same link recorded
 * twice by a body is one output), or, without a link, the same title on the same day on the same kind
 * of channel, so that a file imported twice is not counted twice.
 */
const sameOutputKey = (o: { url: string; publishedOn: string; channelKind: string; title: string }) =>
  o.url ? null : `${o.publishedOn}|${o.channelKind}|${foldVietnamese(o.title)}`;

/**
 * A body's outputs register from Excel (bulk entry): each row what was published, where and when,
 * written through insertOutput (audited `output.import`, source `excel`) as one entered in the form.
 * A row naming one of the body's registered channels (its kind and name) is recorded on it. A row the
 * register already has (see sameOutputKey), or that repeats an earlier row of the file, is counted
 * as a duplicate and skipped. Every bad row is listed with its field; with any error nothing is
 * stored, unless the person chose to keep the good rows. One transaction.
 */
export async function importOutputs(
  ctx: Context,
  bodyId: string,
  file: UploadedFile,
  options: { keepGoodRows: boolean },
) {
  const body = await loadCommunicatingBody(ctx, bodyId);
  const sheet = await readImportSheet(file, {
    sheetName: OUTPUTS_SHEET,
    headers: OUTPUT_HEADERS,
    required: ['publishedOn', 'kind', 'title', 'channelKind'],
    notTemplate:
      'Tệp không đúng mẫu sản phẩm đã đăng, phát: hàng tiêu đề phải có cột "Ngày đăng", "Loại sản phẩm", "Tiêu đề" và "Kênh". Hãy tải mẫu rồi điền lại.',
    maxRows: MAX_OUTPUT_ROWS,
    rowsLabel: 'dòng',
    columns: 30,
  });
  const today = vietnamToday();
  const errors: RowError[] = [];
  const outputs: NewOutput[] = [];
  for (const row of sheet.rows.map((r) => sheetRow(sheet, r, errors))) {
    const publishedOn = cellDate(row.cell('publishedOn'));
    if (publishedOn === null) row.fail('publishedOn', `Thiếu ngày đăng. ${DATE_HINT}`);
    else if (publishedOn === 'bad')
      row.fail('publishedOn', `Ngày đăng «${row.text('publishedOn')}» không đúng. ${DATE_HINT}`);
    else if (publishedOn > today)
      row.fail(
        'publishedOn',
        `Ngày đăng ${formatIsoDate(publishedOn)} sau hôm nay. Chỉ ghi sản phẩm đã đăng, phát.`,
      );
    const kind = row.pick('kind', OUTPUT_KIND_LIST);
    const title = row.shortText('title', MAX_TITLE, 'Tiêu đề');
    if (!title) row.fail('title', 'Thiếu tiêu đề. Hãy ghi tiêu đề tin, bài hoặc tên sản phẩm.');
    const channelKind = row.pick('channelKind', CHANNEL_KIND_LIST);
    const channelName = row.shortText('channelName', MAX_CHANNEL_NAME, 'Tên kênh, báo');
    const url = row.link('url', 'Đường dẫn');
    const topics = row.topics('topics');
    const aboutLocal = row.yesNo('aboutLocal', 'Về nỗ lực của địa phương');
    const commissioned = row.yesNo('commissioned', 'Đặt hàng');
    if (
      row.failed ||
      !publishedOn ||
      publishedOn === 'bad' ||
      !kind ||
      !channelKind ||
      aboutLocal === null ||
      commissioned === null
    )
      continue;
    outputs.push({
      bodyId: body.id,
      kind,
      title,
      publishedOn,
      channelKind,
      channelName,
      url,
      topics,
      aboutLocal,
      commissioned,
      source: 'excel',
    });
  }
  byRow(errors);
  if (errors.length > 0 && !options.keepGoodRows) return { created: 0, updated: 0, duplicates: 0, errors };

  return ctx.db.transaction().execute(async (trx) => {
    const channels = await trx
      .selectFrom('channels')
      .select(['id', 'kind', 'name'])
      .where('body_id', '=', body.id)
      .execute();
    const unlinked = await trx
      .selectFrom('outputs')
      .select(['published_on', 'channel_kind', 'title'])
      .where('body_id', '=', body.id)
      .where('url', '=', '')
      .execute();
    const channelOf = new Map(channels.map((c) => [`${c.kind}|${foldedKey(c.name)}`, c.id]));
    const known = new Set(
      unlinked.map((o) =>
        sameOutputKey({ url: '', publishedOn: o.published_on, channelKind: o.channel_kind, title: o.title }),
      ),
    );
    let created = 0;
    let duplicates = 0;
    for (const output of outputs) {
      const key = sameOutputKey({ ...output, url: output.url ?? '' });
      if (key && known.has(key)) {
        duplicates++;
        continue;
      }
      if (key) known.add(key);
      const channelId = output.channelName
        ? channelOf.get(`${output.channelKind}|${foldedKey(output.channelName)}`)
        : undefined;
      const inserted = await insertOutput(trx, ctx.actor.userId, { ...output, channelId }, 'output.import');
      if (inserted) created++;
      else duplicates++;
    }
    return { created, updated: 0, duplicates, errors };
  });
}
