import { vietnamToday } from '@lantoa/domain';
import { buildBudgetWorkbook, formatPlaceAndDate } from '@lantoa/reports';
import { sql } from 'kysely';
import type { Context } from '../../http/context.ts';
import {
  citedDate,
  governingBodyLine,
  issuerReference,
  placeOf,
  sentenceCase,
} from '../shared/official-names.ts';
import { getBudgetTables } from './get-budget-tables.ts';

const upper = (s: string) => s.toLocaleUpperCase('vi');

/**
 * The consolidated tables of a plan's year as the .xlsx the finance department works with: by
 * source, by body and by task, under the governing body and the department that drew them up, the
 * plan cited, amounts in đồng; dated today. Same access as the tables on screen.
 */
export async function exportBudgetTables(ctx: Context, q: { planId: string; year: number }) {
  const tables = await getBudgetTables(ctx, q);
  const { plan } = tables;
  const [author, unit] = await Promise.all([
    ctx.db
      .selectFrom('bodies')
      .select(['name', 'kind'])
      .where('id', '=', ctx.actor.bodyId)
      .executeTakeFirstOrThrow(),
    // The province or commune the plan's issuer belongs to (itself, mostly): its people's committee governs.
    ctx.db
      .selectFrom('bodies')
      .select(['name', 'kind'])
      .where(sql<boolean>`${plan.issuerPath} like path || '%'`)
      .where('kind', 'in', ['province', 'commune'])
      .orderBy('depth', 'desc')
      .executeTakeFirst(),
  ]);
  const governing = unit?.name ?? plan.issuer.name;
  const issuer =
    plan.issuer.kind === 'province' || plan.issuer.kind === 'commune'
      ? `${issuerReference(plan.issuer.kind, plan.issuer.name)} ${placeOf(plan.issuer.name)}`
      : plan.issuer.name;
  const cited = ['Kế hoạch', plan.number ? `số ${plan.number}` : null, citedDate(plan.issuedOn)]
    .filter(Boolean)
    .join(' ');
  const bytes = await buildBudgetWorkbook({
    authority: governingBodyLine(governing),
    department: author.kind === 'province' || author.kind === 'commune' ? '' : upper(author.name),
    title: `TỔNG HỢP KINH PHÍ THỰC HIỆN KẾ HOẠCH NĂM ${tables.year}`,
    subtitle: `${cited} của ${issuer} về ${sentenceCase(plan.title.replace(/^Kế hoạch\s+/iu, ''))}`,
    placeAndDate: formatPlaceAndDate(placeOf(governing), vietnamToday()),
    sheets: [
      { title: 'Theo nguồn', nameHeader: 'Nguồn kinh phí', rows: tables.bySource },
      { title: 'Theo đơn vị', nameHeader: 'Cơ quan, đơn vị', rows: tables.byBody },
      { title: 'Theo nhiệm vụ', nameHeader: 'Nhiệm vụ', rows: tables.byTask },
    ],
  });
  return { name: `kinh-phi-${tables.year}.xlsx`, bytes };
}
