// Filled by the public-section work (issue 17).
export {};
