import { isIP } from 'node:net';
import { stripPort } from './host-name.ts';

const METADATA_HOSTS = new Set([
  'metadata.google.internal',
  'metadata.goog',
  'metadata',
  'metadata.azure.com',
  'instance-data',
  'instance-data.ec2.internal',
  '100.100.100.200',
  '168.63.129.16',
]);

/**
 * True for an address credentials must never be sent to: IPv4 link-local
 * (169.254.0.0/16, where cloud metadata services live), IPv6 link-local
 * (fe80::/10), the unspecified address, and well-known metadata host names.
 */
export function isForbiddenHost(host: string): boolean {
  let h = stripPort(host).toLowerCase().replace(/\.$/, '');
  if (METADATA_HOSTS.has(h)) return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
  if (mapped) h = mapped[1];
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
  if (mappedHex) {
    const [hi, lo] = [parseInt(mappedHex[1], 16), parseInt(mappedHex[2], 16)];
    h = `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  if (isIP(h) === 4) {
    const [a, b] = h.split('.').map(Number);
    return (a === 169 && b === 254) || a === 0;
  }
  if (isIP(h) === 6) {
    const first = parseInt(h.split(':')[0] || '0', 16);
    return (first & 0xffc0) === 0xfe80 || h === '::' || h.startsWith('fd00:ec2:');
  }
  return false;
}
