import { thousands } from '../../src/text/thousands.ts';

test.each([
  [0, '0'],
  [7, '7'],
  [999, '999'],
  [1000, '1,000'],
  [12345, '12,345'],
  [123456, '123,456'],
  [1234567, '1,234,567'],
  [-1234, '-1,234'],
  [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
  [1234.5, '1,234.5'],
])('%p is %p, as toLocaleString("en-US") writes it', (n, text) => {
  expect(thousands(n)).toBe(text);
  expect(n.toLocaleString('en-US')).toBe(text);
});
