/** True when an If-None-Match header names `etag` (or is `*`). */
export const matches = (header: string | undefined, etag: string): boolean =>
  header !== undefined &&
  header.split(",").some((t) => {
    const tag = t.trim().replace(/^W\//, "");
    return tag === etag || tag === "*";
  });
