// The assistant for commune stations (issue 19): pure retrieval, answers and drafts. See README.md.
export {};
