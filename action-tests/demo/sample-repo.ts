import { SPEC_CONFIG } from '../../packages/core/test/fixtures/spec-config.ts';
import type { Files } from '../harness/git-fixture.ts';

/** Digests pinned in the sample's staging and prod values (sha256 of fixed strings). */
export const SAMPLE_DIGESTS = {
  api: 'sha256:4f2d9a5c1b7e8d3f6a0c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f',
  worker: 'sha256:9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d',
} as const;

function library(name: string, summary: string): string {
  return `[tool.poetry]
name = "${name}"
version = "1.4.2"
description = "${summary}"
authors = ["Platform Team <platform@example.com>"]
packages = [{ include = "${name}" }]

[tool.poetry.dependencies]
python = "^3.12"

[build-system]
requires = ["poetry-core>=1.9"]
build-backend = "poetry.core.masonry.api"
`;
}

function service(name: string, extra: string): string {
  return `[tool.poetry]
name = "${name}"
version = "0.0.0"   # services are versioned by the release tag, not here
description = "The ${name} service"
authors = ["Platform Team <platform@example.com>"]
package-mode = false

[tool.poetry.dependencies]
python = "^3.12"
${extra}
[tool.poetry.group.prod.dependencies]
liba = "1.4.2"
libb = "1.4.2"

[tool.poetry.group.dev.dependencies]
liba = { path = "../../libs/liba", develop = true }
libb = { path = "../../libs/libb", develop = true }
pytest = "^8.2"
`;
}

function dockerfile(name: string, cmd: string): string {
  return `# syntax=docker/dockerfile:1
FROM python:3.12-slim AS base
WORKDIR /app
COPY services/${name}/pyproject.toml services/${name}/poetry.lock ./
RUN pip install --no-cache-dir poetry==1.8.3 && poetry install --only main --no-root
COPY services/${name}/src ./src
USER 10001
CMD ${cmd}
`;
}

function envValues(env: string, tag: string, digests: boolean, replicas: number): string {
  const digest = (svc: 'api' | 'worker') => (digests ? `"${SAMPLE_DIGESTS[svc]}"` : '""');
  return `# ${env} overrides for myapp — promoted by lockstep, edit by pull request only.
global:
  environment: ${env}

services:
  api:
    replicas: ${replicas}
    image:
      repository: ghcr.io/acme/api
      tag: "${tag}"
      digest: ${digest('api')}
  worker:
    replicas: ${Math.max(1, replicas - 1)}
    image:
      repository: ghcr.io/acme/worker
      tag: "${tag}"
      digest: ${digest('worker')}
`;
}

/**
 * The sample monorepo of the demo: libs → services → images → one Helm chart,
 * three environments and an ArgoCD Application, with `.github/lockstep.yml`
 * exactly in the SPEC's shape. Release 1.4.2 is current everywhere.
 */
export function sampleRepoFiles(): Files {
  return {
    '.version': '1.4.2\n',
    '.github/lockstep.yml': SPEC_CONFIG,
    '.gitignore': '__pycache__/\n*.pyc\n.venv/\n',
    'README.md': '# acme monorepo\n\nLibraries, services and the myapp chart, released together by lockstep.\n',
    'libs/liba/pyproject.toml': library('liba', 'Shared domain models'),
    'libs/liba/liba/__init__.py': '"""Shared domain models."""\n\n__version__ = "1.4.2"\n',
    'libs/libb/pyproject.toml': library('libb', 'Shared clients'),
    'libs/libb/libb/__init__.py': '"""Shared clients."""\n\n__version__ = "1.4.2"\n',
    'services/api/pyproject.toml': service('api', 'fastapi = "^0.111"\nuvicorn = "^0.30"\n'),
    'services/api/Dockerfile': dockerfile('api', '["uvicorn", "src.main:app", "--host", "0.0.0.0", "--port", "8080"]'),
    'services/api/src/main.py':
      'from fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get("/healthz")\ndef healthz() -> dict[str, str]:\n    return {"status": "ok"}\n',
    'services/worker/pyproject.toml': service('worker', 'celery = "^5.4"\n'),
    'services/worker/Dockerfile': dockerfile('worker', '["python", "-m", "src.worker"]'),
    'services/worker/src/worker.py': 'def main() -> None:\n    print("worker started")\n\n\nif __name__ == "__main__":\n    main()\n',
    'charts/myapp/Chart.yaml': `# The myapp umbrella chart: api and worker.
apiVersion: v2
name: myapp
description: The acme application (api and worker)
type: application

# Chart version: bumped whenever anything helm packages changes.
version: 0.13.0
# Application version: the monorepo release (.version) this chart deploys.
appVersion: "1.4.2"

maintainers:
  - name: Platform Team
    email: platform@example.com
`,
    'charts/myapp/.helmignore': '# Patterns to ignore when building packages.\n.DS_Store\n*.swp\n*.bak\n*.tmp\n.git/\nci/\n',
    'charts/myapp/values.yaml': `# Default values for myapp.
global:
  environment: local

services:
  api:
    replicas: 1
    port: 8080
    image:
      repository: ghcr.io/acme/api
      tag: ""        # defaults to .Chart.AppVersion
      digest: ""     # sha256:… pins the image when set
  worker:
    replicas: 1
    image:
      repository: ghcr.io/acme/worker
      tag: ""
      digest: ""

resources:
  requests:
    cpu: 100m
    memory: 128Mi
`,
    'charts/myapp/templates/deployment.yaml': `{{- range $name, $svc := .Values.services }}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $.Release.Name }}-{{ $name }}
  labels:
    app.kubernetes.io/name: {{ $name }}
    app.kubernetes.io/version: {{ $svc.image.tag | default $.Chart.AppVersion | quote }}
    acme.example/environment: {{ $.Values.global.environment | quote }}
spec:
  replicas: {{ $svc.replicas }}
  selector:
    matchLabels:
      app.kubernetes.io/name: {{ $name }}
  template:
    metadata:
      labels:
        app.kubernetes.io/name: {{ $name }}
    spec:
      containers:
        - name: {{ $name }}
          {{- if $svc.image.digest }}
          image: "{{ $svc.image.repository }}@{{ $svc.image.digest }}"
          {{- else }}
          image: "{{ $svc.image.repository }}:{{ $svc.image.tag | default $.Chart.AppVersion }}"
          {{- end }}
          resources: {{- toYaml $.Values.resources | nindent 12 }}
{{- end }}
`,
    'charts/myapp/CHANGELOG.md': `# Changelog

All notable changes to the myapp chart are documented in this file.
The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
and this chart adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).

## [Unreleased]

## [0.13.0] - 2024-05-21

### Changed
- Deploy application version 1.4.2.

## [0.12.1] - 2024-05-02

### Fixed
- Worker replicas no longer default to zero.

[Unreleased]: https://github.com/acme/monorepo/compare/myapp-0.13.0...HEAD
[0.13.0]: https://github.com/acme/monorepo/compare/myapp-0.12.1...myapp-0.13.0
[0.12.1]: https://github.com/acme/monorepo/releases/tag/myapp-0.12.1
`,
    'charts/myapp/values-dev.yaml': envValues('dev', '1.4.2', false, 1),
    'charts/myapp/values-staging.yaml': envValues('staging', '1.4.2', true, 2),
    'charts/myapp/values-prod.yaml': envValues('prod', '1.4.2', true, 3),
    'apps/prod/myapp.yaml': `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: myapp-prod
  namespace: argocd
spec:
  project: default
  # The chart from the registry, its prod values from this repository ($values): a chart-repository
  # source alone would read values-prod.yaml inside the chart package, never the file promotions write.
  sources:
    - repoURL: ghcr.io/acme/charts
      chart: myapp
      targetRevision: 0.13.0
      helm:
        valueFiles:
          - $values/charts/myapp/values-prod.yaml
    - repoURL: https://github.com/acme/monorepo.git
      targetRevision: main
      ref: values
  destination:
    server: https://kubernetes.default.svc
    namespace: myapp
  syncPolicy:
    automated:
      prune: true
      selfHeal: true
`,
  };
}
