/** Decode UTF-8 strictly. Returns the text (without a byte-order mark), or the byte offset of the first invalid sequence. */
export function decodeUtf8(bytes: Uint8Array): { readonly text: string } | { readonly invalidAt: number } {
  const invalidAt = firstInvalidUtf8Offset(bytes);
  if (invalidAt !== -1) return { invalidAt };
  return { text: new TextDecoder('utf-8').decode(bytes) };
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    // Overlong forms, surrogates and code points above U+10FFFF.
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) {
      return i;
    }
    for (let k = 1; k < length; k += 1) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** 1-based line and column of a byte offset, given that the bytes before it are valid UTF-8. */
export function positionOfByte(bytes: Uint8Array, offset: number): { readonly line: number; readonly column: number } {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = prefix.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
