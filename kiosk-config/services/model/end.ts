/** The step target meaning "the flow is over": show the query result. Submitting flows may not use it. */
export const END = "end";
