import { renderedImages, unpinnedImages, unpinnedLine } from '../../src/render/images.ts';
import { splitObjects } from '../../src/render/objects.ts';

// Issue 73 item 5 / issue 72: every image string under an object's spec is judged, at any depth, not only the
// containers of a pod spec: an operator's resource, a workflow's templates and a pipeline's steps run images too.

const D = `@sha256:${'a'.repeat(64)}`;

const rendered = (yaml: string) => splitObjects(yaml, 'prod').values();

describe('renderedImages', () => {
  test('a Prometheus resource: spec.image, spec.containers and spec.initContainers, each at :latest, all named', () => {
    const objects = rendered(
      [
        'apiVersion: monitoring.coreos.com/v1',
        'kind: Prometheus',
        'metadata: { name: k8s }',
        'spec:',
        '  image: quay.io/prometheus/prometheus:latest',
        '  containers:',
        '    - name: config-reloader',
        '      image: quay.io/evil/reloader:latest',
        '    - name: prometheus',
        '      resources: {}',
        '  initContainers:',
        '    - name: init',
        '      image: busybox:latest',
      ].join('\n'),
    );
    expect(unpinnedImages(objects).map(unpinnedLine)).toEqual([
      'Prometheus prod/k8s: runs quay.io/prometheus/prometheus:latest, not pinned by digest (spec.image)',
      'Prometheus prod/k8s: runs quay.io/evil/reloader:latest, not pinned by digest (spec.containers[0].image)',
      'Prometheus prod/k8s: runs busybox:latest, not pinned by digest (spec.initContainers[0].image)',
    ]);
  });

  test("an Argo Workflow's template container and a Tekton Task's steps", () => {
    const objects = rendered(
      [
        'apiVersion: argoproj.io/v1alpha1',
        'kind: Workflow',
        'metadata: { name: build }',
        'spec:',
        '  templates:',
        '    - name: main',
        '      container: { image: "alpine:3.19", command: [sh] }',
        '    - name: steps',
        '      steps: [[{ name: a, template: main }]]',
        '---',
        'apiVersion: tekton.dev/v1',
        'kind: Task',
        'metadata: { name: t, namespace: ci }',
        'spec:',
        '  steps:',
        `    - { name: pinned, image: "gcr.io/x/y${D}" }`,
        '    - { name: tagged, image: " gcr.io/x/z:v1 " }',
      ].join('\n'),
    );
    expect(renderedImages(objects).map((i) => [i.object, i.image, i.path])).toEqual([
      ['Workflow prod/build', 'alpine:3.19', 'spec.templates[0].container.image'],
      ['Task ci/t', `gcr.io/x/y${D}`, 'spec.steps[0].image'],
      ['Task ci/t', 'gcr.io/x/z:v1', 'spec.steps[1].image'],
    ]);
  });

  test("a pod spec's container that names no image is judged; an operator's container patch without one is not", () => {
    const objects = rendered(
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: { name: api }',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: api',
        `          image: ghcr.io/acme/api${D}`,
        '        - name: sidecar',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: { name: c }',
        'data: { image: "not-judged:latest" }',
      ].join('\n'),
    );
    expect(unpinnedImages(objects).map(unpinnedLine)).toEqual([
      'Deployment prod/api: container sidecar names no image, not pinned by digest (spec.template.spec.containers[1].image)',
    ]);
  });

  test('a spec nested past any real resource is not walked forever, and is refused, not passed', () => {
    let spec = `{ image: deep:latest }`;
    for (let i = 0; i < 200; i++) spec = `{ a: ${spec} }`;
    const objects = [...rendered(`apiVersion: x/v1\nkind: Deep\nmetadata: { name: d }\nspec: ${spec}\n`)];
    expect(unpinnedImages(objects).map(unpinnedLine)).toEqual([
      `Deep prod/d: spec${'.a'.repeat(33)} nests deeper than 32 levels, so the images under it cannot be judged`,
    ]);
  });
});
