/** The lists of this version's autoloader build, beside the gallery (.storybook/main.ts). */
declare module 'virtual:apac-viz/chunk-lists' {
  import type {ChunkLists} from '../src/embed/chunk-files.js';
  const lists: ChunkLists | undefined;
  export default lists;
}
