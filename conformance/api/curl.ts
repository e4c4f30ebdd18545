import type { Exchange } from './http.ts';

/**
 * A curl command that sends the same request again. The token is read from $ASC_MODS_TOKEN rather than printed.
 * Arguments are single-quoted for a POSIX shell.
 */
export function curlLine(exchange: Exchange): string {
  const { method, url, headers, body } = exchange.request;
  const parts = ['curl', '-sS', '-i', '-X', method, quote(url)];
  for (const [name, value] of Object.entries(headers)) {
    if (name === 'Authorization') parts.push('-H', value === 'Bearer ***' ? '"Authorization: Bearer $ASC_MODS_TOKEN"' : quote(`${name}: ${value}`));
    else parts.push('-H', quote(`${name}: ${value}`));
  }
  if (body !== undefined) parts.push('--data-binary', quote(JSON.stringify(body)));
  return parts.join(' ');
}

function quote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
