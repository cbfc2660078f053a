import { UserError } from '../../src/errors.ts';
import { GitHubError, gitHubUserError } from '../../src/github/client.ts';

// One rule, for every operation, for which GitHub failures are the user's to fix (issue 40): promote-env,
// prepare-release and commit-mode api each had their own before (any status under 500; 401, 403 and no
// answer; 401 and 403 only).

describe('gitHubUserError', () => {
  test.each([
    [401, 'Bad credentials'],
    [403, 'Resource not accessible by integration'],
    [404, 'Not Found'],
    [422, 'Validation Failed: a pull request already exists'],
  ])('a %i refusal is one user error line with the caller’s words and hint', (status, message) => {
    const e = gitHubUserError(new GitHubError(message, status), {
      what: 'GitHub refused to write the commits of promote/prod',
      hint: 'the token needs contents: write',
    });
    expect(e).toBeInstanceOf(UserError);
    expect(e!.message).toBe(`GitHub refused to write the commits of promote/prod: ${message}`);
    expect(e!.hint).toBe('the token needs contents: write');
  });

  test('an API that never answered (a wrong GITHUB_API_URL, a proxy) is the user’s to fix too', () => {
    const e = gitHubUserError(new GitHubError('request to https://api.example.invalid failed: getaddrinfo ENOTFOUND'));
    expect(e).toBeInstanceOf(UserError);
    expect(e!.message).toBe('request to https://api.example.invalid failed: getaddrinfo ENOTFOUND');
    expect(e!.hint).toBeUndefined();
  });

  test('a 5xx, a budget stop, a garbled reply and any other error stay errors', () => {
    expect(gitHubUserError(new GitHubError('Server Error', 502))).toBeUndefined();
    expect(gitHubUserError(new GitHubError('the run used its 100 requests', undefined, undefined, 'budget'))).toBeUndefined();
    expect(
      gitHubUserError(new GitHubError('GitHub answered with something that is not JSON', 200, undefined, 'bad-reply')),
    ).toBeUndefined();
    expect(gitHubUserError(new Error('403'))).toBeUndefined();
    expect(gitHubUserError('403')).toBeUndefined();
  });
});
