/**
 * JSON Schemas in schemas/ let editors validate user files. They are generated from the same
 * valibot schemas the validators use; this test fails when they drift.
 * Regenerate with: npm run schemas
 */
import {readFileSync, writeFileSync, mkdirSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {toJsonSchema} from '@valibot/to-json-schema';
import type * as v from 'valibot';
import {
  EconomiesFileSchema,
  EventsFileSchema,
  FlowsFileSchema,
  IndicatorsFileSchema,
} from '../../src/schema/index.js';

const SCHEMAS: Record<string, v.GenericSchema> = {
  economies: EconomiesFileSchema,
  events: EventsFileSchema,
  indicators: IndicatorsFileSchema,
  flows: FlowsFileSchema,
};

function generate(name: string, schema: v.GenericSchema): string {
  // Conversion throws on anything it cannot express, except these actions, which have no JSON
  // Schema form and are named one by one: trimming and lower-casing (the validators normalise text
  // before checking it), custom checks (real calendar dates, low ≤ high) and `finite` (JSON has no
  // Infinity or NaN). A new action in a schema fails this test until it is converted or listed.
  const json = {
    ...toJsonSchema(schema, {ignoreActions: ['trim', 'to_lower_case', 'check', 'finite']}),
    $id: `https://unpkg.com/apac-viz/schemas/${name}.schema.json`,
    title: `apac-viz ${name} file`,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

describe('JSON Schemas', () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`schemas/${name}.schema.json matches the ${name} validator`, () => {
      const path = new URL(`../../schemas/${name}.schema.json`, import.meta.url);
      const fresh = generate(name, schema);
      if (process.env['UPDATE_SCHEMAS']) {
        mkdirSync(new URL('../../schemas/', import.meta.url), {recursive: true});
        writeFileSync(path, fresh);
      }
      expect(readFileSync(path, 'utf8')).toBe(fresh);
      const parsed = JSON.parse(fresh) as {type: string; required: string[]};
      expect(parsed.type).toBe('object');
    });
  }
});
