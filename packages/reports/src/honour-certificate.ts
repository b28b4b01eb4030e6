// Issue 18 (being built).
export {};
