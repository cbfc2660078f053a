import { formatReference, parseReference, registryBaseUrl } from '../../src/registry/reference.ts';
import { isLoopbackHost } from '../../src/http/host-name.ts';

const D = `sha256:${'a'.repeat(64)}`;
const D512 = `sha512:${'b'.repeat(128)}`;

describe('parseReference: valid references', () => {
  test.each([
    // input, registry, repository, name, tag, digest
    ['nginx', 'registry-1.docker.io', 'library/nginx', 'nginx', undefined, undefined],
    ['nginx:1.25', 'registry-1.docker.io', 'library/nginx', 'nginx', '1.25', undefined],
    ['nginx:latest', 'registry-1.docker.io', 'library/nginx', 'nginx', 'latest', undefined],
    ['bitnami/redis:7.2', 'registry-1.docker.io', 'bitnami/redis', 'bitnami/redis', '7.2', undefined],
    ['docker.io/nginx:1', 'registry-1.docker.io', 'library/nginx', 'docker.io/nginx', '1', undefined],
    ['docker.io/library/nginx:1', 'registry-1.docker.io', 'library/nginx', 'docker.io/library/nginx', '1', undefined],
    ['docker.io/x/y:2', 'registry-1.docker.io', 'x/y', 'docker.io/x/y', '2', undefined],
    ['index.docker.io/x/y:2', 'registry-1.docker.io', 'x/y', 'index.docker.io/x/y', '2', undefined],
    ['registry-1.docker.io/x/y:2', 'registry-1.docker.io', 'x/y', 'registry-1.docker.io/x/y', '2', undefined],
    ['ghcr.io/acme/api:1.7.3', 'ghcr.io', 'acme/api', 'ghcr.io/acme/api', '1.7.3', undefined],
    ['ghcr.io/acme/team/api:v1', 'ghcr.io', 'acme/team/api', 'ghcr.io/acme/team/api', 'v1', undefined],
    ['localhost:5000/x', 'localhost:5000', 'x', 'localhost:5000/x', undefined, undefined],
    ['localhost/x:1', 'localhost', 'x', 'localhost/x', '1', undefined],
    ['127.0.0.1:5000/acme/api:1.0.0', '127.0.0.1:5000', 'acme/api', '127.0.0.1:5000/acme/api', '1.0.0', undefined],
    ['[::1]:5000/acme/api:1', '[::1]:5000', 'acme/api', '[::1]:5000/acme/api', '1', undefined],
    [
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com/api:1',
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      'api',
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com/api',
      '1',
      undefined,
    ],
    ['europe-docker.pkg.dev/p/r/img:2', 'europe-docker.pkg.dev', 'p/r/img', 'europe-docker.pkg.dev/p/r/img', '2', undefined],
    ['Registry.Example.com/a:1', 'Registry.Example.com', 'a', 'Registry.Example.com/a', '1', undefined],
    ['ghcr.io/acme/api:1.7.3@' + D, 'ghcr.io', 'acme/api', 'ghcr.io/acme/api', '1.7.3', D],
    ['ghcr.io/acme/api@' + D, 'ghcr.io', 'acme/api', 'ghcr.io/acme/api', undefined, D],
    ['nginx@' + D512, 'registry-1.docker.io', 'library/nginx', 'nginx', undefined, D512],
    ['a/b__c/d-e.f_g:t', 'registry-1.docker.io', 'a/b__c/d-e.f_g', 'a/b__c/d-e.f_g', 't', undefined],
    ['ghcr.io/a---b/c:x', 'ghcr.io', 'a---b/c', 'ghcr.io/a---b/c', 'x', undefined],
    ['ghcr.io/acme/api:' + 'x'.repeat(128), 'ghcr.io', 'acme/api', 'ghcr.io/acme/api', 'x'.repeat(128), undefined],
    ['ghcr.io/acme/api:_under', 'ghcr.io', 'acme/api', 'ghcr.io/acme/api', '_under', undefined],
    ['ghcr.io/acme/api:1.0.0-rc.1_build-2', 'ghcr.io', 'acme/api', 'ghcr.io/acme/api', '1.0.0-rc.1_build-2', undefined],
    ['  ghcr.io/acme/api:1  ', 'ghcr.io', 'acme/api', 'ghcr.io/acme/api', '1', undefined],
    ['my-registry:8443/x/y:z', 'my-registry:8443', 'x/y', 'my-registry:8443/x/y', 'z', undefined],
  ])('%s', (input, registry, repository, name, tag, digest) => {
    const ref = parseReference(input);
    expect(ref).toEqual({ original: input.trim(), registry, repository, name, tag, digest });
  });
});

describe('parseReference: rejected references name the offending text', () => {
  test.each([
    ['', 'the image reference is empty'],
    ['ghcr.io/Acme/api:1', "repository 'Acme/api' must be lowercase ('Acme' is not)"],
    ['Nginx:1', "repository 'Nginx' must be lowercase ('Nginx' is not)"],
    ['ghcr.io/acme/api:' + 'x'.repeat(129), `tag '${'x'.repeat(129)}' is 129 characters long; at most 128 are allowed`],
    ['ghcr.io/acme/api:.dot', "tag '.dot' is invalid"],
    ['ghcr.io/acme/api:-dash', "tag '-dash' is invalid"],
    ['ghcr.io/acme/api:', "tag '' is invalid"],
    ['ghcr.io/acme/api:a+b', "tag 'a+b' is invalid"],
    ['ghcr.io/acme//api:1', "repository 'acme//api' has an empty path component"],
    ['ghcr.io/:1', "'ghcr.io/:1' has no repository path after the registry"],
    ['ghcr.io/acme/-api:1', "repository path component '-api' is invalid"],
    ['ghcr.io/acme/api.:1', "repository path component 'api.' is invalid"],
    ['ghcr.io/acme/a..b:1', "repository path component 'a..b' is invalid"],
    ['ghcr.io/acme/api@sha256:abc', "digest 'sha256:abc' must have 64 lowercase hex characters after 'sha256:'"],
    ['ghcr.io/acme/api@md5:' + 'a'.repeat(32), "digest 'md5:" + 'a'.repeat(32) + "' uses an unsupported algorithm 'md5'"],
    ['ghcr.io/acme/api@sha256:' + 'A'.repeat(64), 'must have 64 lowercase hex characters'],
    ['ghcr.io/acme/api@latest', "digest 'latest' is not of the form algorithm:hex"],
    ['-bad.io/acme/api:1', "registry '-bad.io' in '-bad.io/acme/api:1' is not a valid host[:port]"],
    ['host.io:99999/a:1', "port in 'host.io:99999' is out of range"],
    ['ghcr.io/acme api:1', 'contains whitespace'],
    [':1', "':1' has no repository name"],
    ['ghcr.io/' + 'a'.repeat(250) + ':1', 'characters long; at most 255 are allowed'],
  ])('%s', (input, message) => {
    expect(() => parseReference(input)).toThrow(message);
  });
});

describe('helpers', () => {
  test.each([
    ['localhost:5000', true],
    ['127.0.0.1:5000', true],
    ['127.1.2.3', true],
    ['[::1]:5000', true],
    ['ghcr.io', false],
    ['10.0.0.1:5000', false],
    ['localhost.example.com', false],
  ])('isLoopbackHost(%s) = %s', (host, loop) => {
    expect(isLoopbackHost(host)).toBe(loop);
  });

  test('base URL: http only for loopback', () => {
    expect(registryBaseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(registryBaseUrl('ghcr.io')).toBe('https://ghcr.io');
  });

  test('formatReference is fully qualified', () => {
    expect(formatReference(parseReference('nginx:1.25'))).toBe('registry-1.docker.io/library/nginx:1.25');
    expect(formatReference(parseReference(`ghcr.io/a/b:1@${D}`))).toBe(`ghcr.io/a/b:1@${D}`);
  });
});
