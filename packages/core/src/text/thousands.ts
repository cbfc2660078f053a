/**
 * A whole number with its thousands grouped by commas, as `toLocaleString('en-US')` writes it
 * (`1,234,567`), without it: the first call of toLocaleString loads ICU's locale data, ~20 ms of a
 * short run. Anything but a safe integer goes to toLocaleString.
 */
export function thousands(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let k = out.length; k < digits.length; k += 3) out += `,${digits.slice(k, k + 3)}`;
  return n < 0 ? `-${out}` : out;
}
