/**
 * The public surface of every widget, read from the shipped `custom-elements.json`, so that a test
 * over "every attribute and property" covers what a new member adds without being edited.
 */

/** One writable member of a widget as the manifest lists it. */
export interface ManifestMember {
  /** Property name (camelCase). */
  readonly name: string;
  /** Attribute name, when the property has one. */
  readonly attribute?: string;
  /** The TypeScript type as written in the manifest, e.g. `'full' | 'compact' | undefined`. */
  readonly type: string;
}

/** A custom element of the manifest with its writable members and its events. */
export interface ManifestElement {
  readonly tagName: string;
  readonly members: readonly ManifestMember[];
  readonly events: readonly string[];
}

interface RawMember {
  kind?: string;
  name: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  type?: { text?: string };
  attribute?: string;
}
interface RawDeclaration {
  customElement?: boolean;
  tagName?: string;
  members?: RawMember[];
  attributes?: Array<{ name: string; fieldName?: string; type?: { text?: string } }>;
  events?: Array<{ name: string }>;
}

let cached: Promise<ManifestElement[]> | undefined;

/** Every custom element the package ships, from `/custom-elements.json` of the test server. */
export function manifestElements(): Promise<ManifestElement[]> {
  cached ??= fetch('/custom-elements.json')
    .then((response) => response.json() as Promise<{ modules: Array<{ declarations?: RawDeclaration[] }> }>)
    .then((manifest) =>
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName)
        .map((declaration) => {
          const attributes = new Map(
            (declaration.attributes ?? [])
              .filter((attribute) => attribute.fieldName)
              .map((attribute) => [attribute.fieldName!, attribute.name]),
          );
          const members = (declaration.members ?? [])
            .filter(
              (member) =>
                member.kind === 'field' &&
                !member.static &&
                !member.readonly &&
                member.privacy !== 'private' &&
                member.privacy !== 'protected',
            )
            .map((member) => ({
              name: member.name,
              attribute: member.attribute ?? attributes.get(member.name),
              type: member.type?.text ?? 'unknown',
            }));
          return {
            tagName: declaration.tagName!,
            members,
            events: (declaration.events ?? []).map((event) => event.name).filter(Boolean),
          };
        }),
    );
  return cached;
}

/** What a member's declared type allows, as far as a bad-input test needs to know. */
export type MemberShape =
  | { kind: 'string'; allowed?: undefined }
  | { kind: 'enum'; allowed: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'other' };

/** Reads a manifest type: plain strings, a union of string literals, a boolean, or anything else. */
export function memberShape(type: string): MemberShape {
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length === 1 && parts[0] === 'boolean') return { kind: 'boolean' };
  if (parts.length > 0 && parts.every((part) => part === 'string')) return { kind: 'string' };
  const literals = parts.map((part) => /^'([^']*)'$/.exec(part)?.[1]);
  if (parts.length > 0 && literals.every((literal) => literal !== undefined))
    return { kind: 'enum', allowed: literals as string[] };
  return { kind: 'other' };
}
