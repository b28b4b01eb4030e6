import { BODY_KINDS, ROLES } from '@lantoa/domain';
import { z } from 'zod';

export const idParams = z.object({ id: z.uuid() });
export const bodyKind = z.enum(BODY_KINDS);
export const role = z.enum(ROLES);
export const page = z.coerce.number().int().min(1).max(100_000).default(1);
export const pageSize = z.coerce.number().int().min(1).max(200).default(50);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);
export const nameList = z.array(text(200)).max(30);
export const password = z.string().min(1).max(200);
export const roleGrants = z.array(z.object({ role, scopeBodyId: z.uuid() })).max(20);
export const username = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .regex(/^[a-zA-Z0-9._-]+$/, 'Chỉ dùng chữ không dấu, số và các dấu . _ -');
export const fullName = text(200);
export const email = z.email().max(200).nullish();
export const bodyName = text(300);
export const bodyCode = z
  .string()
  .trim()
  .regex(/^\d{2,5}$/, 'Mã gồm 2 đến 5 chữ số')
  .nullish();
