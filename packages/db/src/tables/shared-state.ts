/** Tables of the state several server instances share (0029). */
// biome-ignore lint/complexity/noBannedTypes: filled by issue 21's shared state
export type SharedStateTables = {};
