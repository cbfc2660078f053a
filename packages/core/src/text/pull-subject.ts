/** The pull request a merged commit's subject names, and the title it gives. */
export interface SubjectPull {
  number: number;
  title: string;
}

/**
 * `(#12)` at the end of a squash-merge subject, or `Merge pull request #12` of
 * a merge commit: what GitHub writes by default, whether the pull request was
 * merged directly or by a merge queue (the queue writes the same commit on its
 * gh-readonly-queue/ branch, then fast-forwards the base branch to it).
 */
export function pullOfSubject(subject: string): SubjectPull | undefined {
  const squash = /^(.*?)\s*\(#(\d{1,9})\)\s*$/.exec(subject);
  if (squash) return { number: Number(squash[2]), title: squash[1] };
  const merge = /^Merge pull request #(\d{1,9}) from \S+/.exec(subject);
  return merge ? { number: Number(merge[1]), title: subject } : undefined;
}
