/**
 * The docs table of each chart, read from custom-elements.json: every attribute, public property
 * and method, event, slot, CSS part and CSS custom property, each in its own category. Storybook's
 * own reader keys rows by bare name, so a part or slot named like an attribute (`headline`)
 * replaced the attribute's row, and it listed private and protected members; here each category
 * keeps its own rows and only the public API is shown.
 */
import type {ArgTypes, InputType} from 'storybook/internal/types';

interface Item {
  name: string;
  kind?: string;
  description?: string;
  type?: {text?: string};
  default?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  fieldName?: string;
}

interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

export interface Manifest {
  modules: {declarations?: Declaration[]}[];
}

export type Category =
  | 'attributes'
  | 'properties'
  | 'methods'
  | 'events'
  | 'slots'
  | 'css shadow parts'
  | 'css custom properties';

export function declarationOf(manifest: Manifest, tag: string): Declaration | undefined {
  for (const m of manifest.modules)
    for (const d of m.declarations ?? []) if (d.tagName === tag) return d;
  return undefined;
}

const isPublic = (m: Item) => (m.privacy ?? 'public') === 'public' && !m.static;

/** The manifest's items for `tag`, by category, as the docs table lists them. */
export function publicApi(manifest: Manifest, tag: string): Record<Category, Item[]> {
  const d = declarationOf(manifest, tag) ?? {};
  const members = (d.members ?? []).filter(isPublic);
  return {
    attributes: d.attributes ?? [],
    // Fields set through an attribute are listed once, under the attribute.
    properties: members.filter((m) => m.kind === 'field' && !m.attribute),
    methods: members.filter((m) => m.kind === 'method'),
    events: d.events ?? [],
    slots: d.slots ?? [],
    'css shadow parts': d.cssParts ?? [],
    'css custom properties': d.cssProperties ?? [],
  };
}

function sbType(text: string | undefined): InputType['type'] {
  const t = (text ?? '').replace(/\s*\|\s*undefined$/, '');
  if (t === 'string' || t === 'number' || t === 'boolean') return {name: t};
  return {name: 'other', value: t || 'unknown'};
}

/** Row keys: attributes by the field they set (the stories' arg names), the rest prefixed. */
function key(category: Category, item: Item): string {
  if (category === 'attributes') return item.fieldName ?? item.name;
  if (category === 'properties') return item.name;
  return `${category}:${item.name || 'default'}`;
}

export function manifestArgTypes(manifest: Manifest, tag: string): ArgTypes {
  const out: ArgTypes = {};
  for (const [category, items] of Object.entries(publicApi(manifest, tag)) as [Category, Item[]][])
    for (const item of items) {
      const settable = category === 'attributes' || (category === 'properties' && !item.readonly);
      out[key(category, item)] = {
        name: item.name || '(default)',
        description: item.readonly ? `${item.description ?? ''} (read-only)` : item.description,
        ...(settable ? {type: sbType(item.type?.text)} : {}),
        table: {
          category,
          ...(item.type?.text ? {type: {summary: item.type.text}} : {}),
          defaultValue: item.default !== undefined ? {summary: item.default} : undefined,
        },
        ...(settable ? {} : {control: false}),
      };
    }
  return out;
}

/**
 * Restores each attribute row's name (`node-order`) after a story's own argTypes for the same arg
 * (`nodeOrder`, with its control) were merged over it and named the row by the arg.
 */
export function attributeNames(manifest: Manifest) {
  return ({argTypes, component}: {argTypes: ArgTypes; component?: unknown}): ArgTypes => {
    if (typeof component !== 'string') return argTypes;
    const out: ArgTypes = {...argTypes};
    for (const item of publicApi(manifest, component).attributes) {
      const k = item.fieldName ?? item.name;
      const row = out[k];
      if (row) out[k] = {...row, name: item.name};
    }
    return out;
  };
}
