export interface RequestTarget {
  /** The path's segments, percent-decoded. */
  readonly parts: readonly string[];
  readonly params: URLSearchParams;
}

/**
 * The path and query of a request target (origin-form: it starts with `/`); undefined when it does not, or a path
 * segment or query component is not valid percent-encoded UTF-8. The target is joined to an origin, never resolved
 * against one, so `//x` is a path, not another host.
 */
export function requestTarget(target: string): RequestTarget | undefined {
  if (!target.startsWith('/')) return undefined;
  try {
    const url = new URL(`http://reference.invalid${target}`);
    const parts = url.pathname
      .split('/')
      .filter((p) => p.length > 0)
      .map(decodeURIComponent);
    // URLSearchParams decodes leniently (a lone % stays as it is): each component is decoded strictly first.
    for (const component of url.search.slice(1).split(/[&=]/)) decodeURIComponent(component.replaceAll('+', ' '));
    return { parts, params: url.searchParams };
  } catch {
    return undefined;
  }
}
