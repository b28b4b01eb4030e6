import { optionalWebLink } from '@lantoa/api-contract/outputs';
import {
  CHANNEL_KIND_NAMES,
  foldVietnamese,
  formatIsoDate,
  OUTPUT_KIND_NAMES,
  vietnamToday,
} from '@lantoa/domain';
import type { Context } from '../../http/context.ts';
import type { UploadedFile } from '../files/store-file.ts';
import { cellTopics, cellYesNo } from '../network/sheet-cells.ts';
import { insertOutput, type NewOutput } from '../outputs/insert-output.ts';
import { loadCommunicatingBody } from '../outputs/load-communicating-body.ts';
import { cellDate } from '../training/import-roster.ts';
import { byRow, cellText, foldedKey, type RowError, readImportSheet } from '../training/import-sheet.ts';
import {
  channelKindFromName,
  LISTS_SHEET,
  OUTPUT_HEADERS,
  OUTPUTS_SHEET,
  type OutputField,
  outputKindFromName,
} from './outputs-template.ts';

/** Rows per file: a province's year of articles, posts and rebroadcasts. */
const MAX_OUTPUT_ROWS = 5000;
/** The database's limits (and the form's). */
const LIMITS = { title: 500, channelName: 300, url: 2000, topic: 100, topics: 20 } as const;
const DATE_HINT = 'Hãy ghi ngày theo dạng dd/mm/yyyy (ví dụ 20/08/2026).';

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
  for (const { number, cells } of sheet.rows) {
    const fail = (field: OutputField, message: string) => errors.push({ row: number, field, message });
    const before = errors.length;
    const read = (field: OutputField) => cellText(sheet.cell(cells, field));

    const publishedOn = cellDate(sheet.cell(cells, 'publishedOn'));
    if (publishedOn === null) fail('publishedOn', `Thiếu ngày đăng. ${DATE_HINT}`);
    else if (publishedOn === 'bad')
      fail('publishedOn', `Ngày đăng «${read('publishedOn')}» không đúng. ${DATE_HINT}`);
    else if (publishedOn > today)
      fail(
        'publishedOn',
        `Ngày đăng ${formatIsoDate(publishedOn)} sau hôm nay. Chỉ ghi sản phẩm đã đăng, phát.`,
      );
    const kindText = read('kind');
    const kind = outputKindFromName(kindText);
    if (!kindText) fail('kind', `Thiếu loại sản phẩm. Hãy chọn một loại ở trang "${LISTS_SHEET}".`);
    else if (!kind)
      fail(
        'kind',
        `Không rõ loại sản phẩm «${kindText}». Hãy ghi một trong: ${Object.values(OUTPUT_KIND_NAMES).join('; ')}.`,
      );
    const title = read('title');
    if (!title) fail('title', 'Thiếu tiêu đề. Hãy ghi tiêu đề tin, bài hoặc tên sản phẩm.');
    else if (title.length > LIMITS.title)
      fail('title', `Tiêu đề dài quá ${LIMITS.title} ký tự. Hãy rút gọn.`);
    const channelText = read('channelKind');
    const channelKind = channelKindFromName(channelText);
    if (!channelText) fail('channelKind', `Thiếu kênh. Hãy chọn một kênh ở trang "${LISTS_SHEET}".`);
    else if (!channelKind)
      fail(
        'channelKind',
        `Không rõ kênh «${channelText}». Hãy ghi một trong: ${Object.values(CHANNEL_KIND_NAMES).join('; ')}.`,
      );
    const channelName = read('channelName');
    if (channelName.length > LIMITS.channelName)
      fail('channelName', `Tên kênh, báo dài quá ${LIMITS.channelName} ký tự. Hãy rút gọn.`);
    const url = read('url');
    if (url.length > LIMITS.url || !optionalWebLink.safeParse(url).success)
      fail(
        'url',
        `Đường dẫn «${url}» không hợp lệ: hãy dán địa chỉ đầy đủ bắt đầu bằng https:// hoặc để trống.`,
      );
    const topics = cellTopics(sheet.cell(cells, 'topics'));
    if (topics.length > LIMITS.topics)
      fail('topics', `Tối đa ${LIMITS.topics} chủ đề, cách nhau bằng dấu chấm phẩy (;).`);
    if (topics.some((t) => t.length > LIMITS.topic))
      fail('topics', `Mỗi chủ đề tối đa ${LIMITS.topic} ký tự; các chủ đề cách nhau bằng dấu chấm phẩy (;).`);
    const aboutLocal = cellYesNo(sheet.cell(cells, 'aboutLocal'));
    if (aboutLocal === 'bad')
      fail(
        'aboutLocal',
        `Cột "Về nỗ lực của địa phương" chỉ ghi Có hoặc Không (đang ghi «${read('aboutLocal')}»).`,
      );
    const commissioned = cellYesNo(sheet.cell(cells, 'commissioned'));
    if (commissioned === 'bad')
      fail('commissioned', `Cột "Đặt hàng" chỉ ghi Có hoặc Không (đang ghi «${read('commissioned')}»).`);
    if (
      errors.length > before ||
      !publishedOn ||
      publishedOn === 'bad' ||
      !kind ||
      !channelKind ||
      aboutLocal === 'bad' ||
      commissioned === 'bad'
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
