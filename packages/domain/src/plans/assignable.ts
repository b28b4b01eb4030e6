import { isWithin } from '../access/policy.ts';

// Who a plan may give work to. A plan is its issuer's instrument: the issuer directs the bodies under
// it, never those above or beside it. A commune plan that names "các sở, ngành" or "UBND tỉnh" asks
// them to coordinate from above ("phối hợp từ cấp trên"); it cannot assign them tasks, deadlines or
// reminders. Paths are materialised (`/root/…/body/`), so "under" is a prefix test.

/** May a plan issued by the body at `issuerPath` assign work to the body at `bodyPath`? */
export function assignableBy(issuerPath: string, bodyPath: string): boolean {
  return isWithin(bodyPath, issuerPath);
}
