// The Kubernetes and Flux kinds' validators (kubernetes-models, @kubernetes-models/flux-cd: ~11 MB of generated
// code), bundled once into packages/cli/schemas/ (scripts/bundle.mjs, target `schemas`), which every bundle that
// validates loads at run time (schemas-load.ts): the actions and the CLI no longer each carry a copy.

import { KUBE_KINDS as kinds } from './kube-kinds.ts';

/** The built-in kinds the package models, and their modules' loaders (kube-kinds.ts). */
export const KUBE_KINDS = kinds;

/** Flux's kinds' models, loaded on the first Flux object a run validates. */
export const fluxModels = (): Promise<Record<string, unknown>> => import('@kubernetes-models/flux-cd');
