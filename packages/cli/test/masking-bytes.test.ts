import type { CliIo } from '../src/io.ts';
import { maskingIo } from '../src/io.ts';

// metrics --json leaves as UTF-8 bytes (stdoutBytes): bytes that hold no form of a registered secret go as
// they are; bytes that hold one (raw, URL-encoded, base64) go through the masked text path instead.

function recording(): CliIo & { got: string[] } {
  const got: string[] = [];
  return {
    cwd: '/work',
    env: {},
    color: false,
    stdout: (t) => void got.push(`text:${t}`),
    stdoutBytes: (b) => void got.push(`bytes:${Buffer.from(b).toString('utf8')}`),
    stderr: () => undefined,
    readStdin: () => '',
    got,
  };
}

describe('maskingIo: stdout as bytes', () => {
  test('bytes without a secret pass as bytes; bytes holding one, in any form, are masked as text', () => {
    const raw = recording();
    const io = maskingIo(raw);
    io.secret('s3cr3t-token');
    io.stdoutBytes!(Buffer.from('{"name":"é-api"}'));
    io.stdoutBytes!(Buffer.from('{"note":"leaked s3cr3t-token here"}'));
    io.stdoutBytes!(Buffer.from(`{"b64":"${Buffer.from('s3cr3t-token').toString('base64')}"}`));
    io.stdoutBytes!(Buffer.from('{"url":"a%20s3cr3t-token"}').subarray(8, 24));
    expect(raw.got).toEqual(['bytes:{"name":"é-api"}', 'text:{"note":"leaked *** here"}', 'text:{"b64":"***"}', 'text:a%20***']);
  });

  test('an io without a byte writer gives none: the caller writes text', () => {
    const { stdoutBytes: _, ...textOnly } = recording();
    expect(maskingIo(textOnly).stdoutBytes).toBeUndefined();
  });
});
