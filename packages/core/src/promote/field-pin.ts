// A service's pin spread over named fields of the pins' file (pin-fields.ts): a Flux Kustomization's
// spec.postBuild.substitute variables its flux-substitute names, or the fields its image policy's markers name.

import { UserError } from '../errors.ts';
import type { ParseCache } from '../text/parse-cache.ts';
import { markerFields, readFields, substituteFields, type PinField } from '../deploy/pins/pin-fields.ts';
import type { ImagePin } from '../deploy/pins/pins.ts';
import type { PromoteService } from './request.ts';

/**
 * A service's pin in the fields that name it in `text`: in a Flux Kustomization, the
 * spec.postBuild.substitute variables of its flux-substitute (each one required); else the fields its
 * image-policy's markers name. Undefined when it has neither, or no marker of its policy is in the file
 * (its values-key or overlay entry is then the pin).
 */
export function fieldsPin(
  text: string,
  file: string,
  document: number | undefined,
  service: PromoteService,
  flux: boolean,
  cache: ParseCache,
): ImagePin | undefined {
  let fields: PinField[] = [];
  let key = '';
  if (flux && service.substitute !== undefined) {
    const { fields: found, missing, line } = substituteFields(text, file, service.substitute, cache);
    if (found.length + missing.length === 0 || missing.length > 0)
      throw new UserError(
        missing.length > 0
          ? `spec.postBuild.substitute has no ${missing.join(', ')}, which flux-substitute of service '${service.name}' names`
          : `flux-substitute of service '${service.name}' names no variable`,
        {
          file,
          line,
          hint: `set ${missing[0] ?? 'IMAGE'}: "<value>" under spec.postBuild.substitute or in a ConfigMap of spec.postBuild.substituteFrom`,
        },
      );
    [fields, key] = [found, `spec.postBuild.substitute ${found.map((f) => f.path[3]).join(', ')}`];
  } else if (service.imagePolicy !== undefined) {
    [fields, key] = [markerFields(text, file, document, service.imagePolicy, cache), `$imagepolicy ${service.imagePolicy}`];
  }
  return fields.length === 0 ? undefined : pinOfFields(fields, file, key);
}

/** One service's pin spread over `fields` of `file`. */
export function pinOfFields(fields: PinField[], file: string, key: string): ImagePin {
  const first = fields.find((f) => f.form === 'tag' || f.form === 'image') ?? fields[0];
  return { style: 'fields', file, key, path: first.path, line: first.line, ...readFields(fields, file), fields };
}
