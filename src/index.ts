/**
 * apac-viz: charts of counter-terrorism and transnational-crime cooperation in the Asia-Pacific.
 * Importing this entry registers every chart element that has landed (see README "Status").
 */
export * from './choropleth.js';
export * from './timeline.js';
export * from './sankey.js';
export * from './steps.js';
export * from './core/index.js';
export type {Issue, Validated} from './schema/issues.js';
