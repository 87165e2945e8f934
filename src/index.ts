/**
 * apac-viz: charts of counter-terrorism and transnational-crime cooperation in the Asia-Pacific.
 * Importing this entry registers every chart element. The chart elements land with their own
 * issues; until then this entry exports the shared frame and the public types.
 */
export * from './core/index.js';
export type {Issue, Validated} from './schema/issues.js';
