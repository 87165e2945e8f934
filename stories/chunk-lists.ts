/**
 * The lists of this version's autoloader build, for the embed builder's preload links: none here;
 * the gallery (.storybook/main.ts) serves dist/lazy/chunks.json in this module's place when
 * `npm run build` has made it. The browser tests import the stories as they are.
 */
import type {ChunkLists} from '../src/embed/chunk-files.js';

const lists: ChunkLists | undefined = undefined;
export default lists;
