// Temporary: jobs/bulletin-speech-job.ts (owned by another helper this round) still imports the hash
// from here. Once it imports './speech-text-hash.ts' directly, this file is deleted.
export { speechTextHash } from './speech-text-hash.ts';
