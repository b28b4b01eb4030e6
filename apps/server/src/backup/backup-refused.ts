/**
 * A backup or restore that cannot go ahead, with a message for the operator (Vietnamese, then
 * English) saying why and what to do. Nothing was changed when it is thrown.
 */
export class BackupRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefused';
  }
}
