// Helm test hooks: objects annotated `helm.sh/hook: test` (or Helm 2's
// `test-success`, which Helm 3 and 4 still read as `test`; a hook name Helm
// does not know leaves the object out of `helm template` altogether) are what `helm test` creates, not
// what an install or an upgrade applies. Neither Argo CD (it maps Helm's
// install and upgrade hooks to its own sync phases and skips a hook it has no
// phase for) nor Flux's helm-controller (Helm's own install, tests run only
// when `spec.test.enable` asks) applies them on a sync, so they are no part
// of what the cluster receives: a chart that names its test Pod with
// randAlphaNum would otherwise show one added and one removed in every diff,
// and a test image would be judged as if it ran.

import type { RenderedObject } from './objects.ts';

const TEST_HOOKS = new Set(['test', 'test-success']);

/** Whether an object is a Helm test hook and nothing else: every hook its `helm.sh/hook` annotation lists is a test. */
function isTestHook(o: RenderedObject): boolean {
  const meta = o.body.metadata;
  const annotations = meta && typeof meta === 'object' ? (meta as Record<string, unknown>).annotations : undefined;
  const hook = annotations && typeof annotations === 'object' ? (annotations as Record<string, unknown>)['helm.sh/hook'] : undefined;
  if (typeof hook !== 'string') return false;
  const kinds = hook
    .split(',')
    .map((h) => h.trim())
    .filter((h) => h !== '');
  return kinds.length > 0 && kinds.every((h) => TEST_HOOKS.has(h));
}

/** The objects without Helm's test hooks, and the labels of those taken out (counted apart in the render's report). */
export function withoutTestHooks(objects: Map<string, RenderedObject>): { objects: Map<string, RenderedObject>; testHooks: string[] } {
  const testHooks: string[] = [];
  for (const [key, o] of objects)
    if (isTestHook(o)) {
      objects.delete(key);
      testHooks.push(`${o.kind} ${o.name}`);
    }
  return { objects, testHooks };
}
