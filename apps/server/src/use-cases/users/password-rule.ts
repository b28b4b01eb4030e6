import { type PasswordOwner, passwordProblem } from '@lantoa/domain';
import { AppError } from '../../http/errors.ts';

/**
 * Refuses (400, on `field`) a new password that the domain's policy refuses: the one check behind
 * account creation, an administrator's reset and a change of one's own password.
 */
export function assertPasswordAllowed(
  password: string,
  owner: PasswordOwner,
  field: string,
  options: { currentPassword?: string | undefined } = {},
): void {
  const problem = passwordProblem(password, owner, options);
  if (problem) throw new AppError('invalid_input', problem.message, field);
}
