export interface RequestTarget {
  /** The path's segments, percent-decoded. */
  readonly parts: readonly string[];
  readonly params: URLSearchParams;
}

/** The path and query of a request target; undefined when it is not a URL, or a segment is not valid percent-encoded UTF-8. */
export function requestTarget(target: string): RequestTarget | undefined {
  try {
    const url = new URL(target, 'http://reference.invalid');
    const parts = url.pathname
      .split('/')
      .filter((p) => p.length > 0)
      .map(decodeURIComponent);
    return { parts, params: url.searchParams };
  } catch {
    return undefined;
  }
}
