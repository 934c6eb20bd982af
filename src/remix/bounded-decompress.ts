// Reads lz-string's URI-safe compressed form, giving up as soon as the text passes a length: 8 kB of link may not become 9 MB.
//
// A port of lz-string 1.5.0's `_decompress` (MIT licence, Pieroxy) as `decompressFromEncodedURIComponent`
// calls it. Why a port: lz-string builds the whole output before anyone can measure it, and its output grows
// with the square of the input (each dictionary entry is one character longer than one before it), so the
// size limit has to be checked while entries are appended, not afterwards.

const URI_SAFE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const SIX_BIT_VALUE: ReadonlyMap<string, number> = new Map([...URI_SAFE_ALPHABET].map((char, index) => [char, index]));
/** Each character carries six bits, read from the highest (32) down. */
const HIGHEST_BIT = 32;
const [CHAR_8_BIT, CHAR_16_BIT, END_OF_STREAM] = [0, 1, 2];

/**
 * The text `input` decompresses to (what `decompressFromEncodedURIComponent` returns), or null when it is
 * damaged or longer than `maxLength` characters. Never throws; stops reading at the first character past the limit.
 */
export function decompressBounded(input: string, maxLength: number): string | null {
  if (input === '') return null;
  // A form decoder may have turned '+' into a space.
  const text = input.replace(/ /g, '+');
  // As lz-string reads: the next character is loaded as soon as the current one's six bits are used up.
  const charValue = (at: number) => SIX_BIT_VALUE.get(text.charAt(at)) ?? 0;
  let value = charValue(0);
  let mask = HIGHEST_BIT;
  let index = 1;
  const readBits = (count: number): number => {
    let bits = 0;
    for (let power = 0; power < count; power++) {
      if (value & mask) bits |= 1 << power;
      mask >>= 1;
      if (mask === 0) {
        // Past the end, and for characters outside the alphabet, lz-string reads zeros.
        value = charValue(index++);
        mask = HIGHEST_BIT;
      }
    }
    return bits;
  };

  const dictionary: string[] = [];
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  const first = readBits(2);
  if (first === END_OF_STREAM) return '';
  if (first !== CHAR_8_BIT && first !== CHAR_16_BIT) return null;
  let previous = String.fromCharCode(readBits(first === CHAR_8_BIT ? 8 : 16));
  dictionary[3] = previous;
  const parts = [previous];
  let length = previous.length;
  const grow = () => {
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  };

  for (;;) {
    // Ran out of input without an end-of-stream code: a cut-off link.
    if (index > text.length) return null;
    let code = readBits(numBits);
    if (code === END_OF_STREAM) return parts.join('');
    if (code === CHAR_8_BIT || code === CHAR_16_BIT) {
      dictionary[dictSize++] = String.fromCharCode(readBits(code === CHAR_8_BIT ? 8 : 16));
      code = dictSize - 1;
      grow();
    }
    const entry = dictionary[code] || (code === dictSize ? previous + previous.charAt(0) : null);
    if (entry === null) return null;
    length += entry.length;
    if (length > maxLength) return null;
    parts.push(entry);
    dictionary[dictSize++] = previous + entry.charAt(0);
    grow();
    previous = entry;
  }
}
