import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../report/escape-xml.ts';

describe('escapeXml', () => {
  it.each([
    ['plain text', 'plain text'],
    ['', ''],
    ['a & b', 'a &amp; b'],
    ['<script>', '&lt;script&gt;'],
    [`"double" 'single'`, '&quot;double&quot; &apos;single&apos;'],
    ['&amp; stays literal', '&amp;amp; stays literal'],
    [']]>', ']]&gt;'],
    ['tab\tline\ncr\r', 'tab\tline\ncr\r'],
    ['nul\u0000 soh\u0001 bs\u0008 vt\u000B ff\u000C us\u001F', 'nul soh bs vt ff us'],
    ['del\u007F and nel\u0085 are allowed', 'del\u007F and nel\u0085 are allowed'],
    ['lone \uD800 surrogate \uDFFF', 'lone  surrogate '],
    ['not chars \uFFFE\uFFFF', 'not chars '],
    ['astral 😀 and ü', 'astral 😀 and ü'],
    ['\u0001<&>\u0002', '&lt;&amp;&gt;'],
  ])('escapeXml(%j) is %j', (given, want) => expect(escapeXml(given)).toBe(want));
});
