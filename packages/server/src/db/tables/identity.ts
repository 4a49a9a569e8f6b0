/** Tables of the identity flow (filled by that flow's work). Re-exported by db/schema.ts. */
export {};
