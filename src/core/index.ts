export {
  ApacChart,
  type ChartLayout,
  type ChartDescription,
  type LayoutContext,
} from './chart-element.js';
export * from './events.js';
export {DataController, LoadError, type DataSource, type Loaded} from './data-controller.js';
export {SizeController} from './size-controller.js';
export {
  ColorSchemeController,
  pageAllowsDark,
  type Theme,
  type Scheme,
} from './color-scheme-controller.js';
export {renderCitation, safeHttpUrl} from './citation.js';
export {standaloneSvg} from './export.js';
export {svgToPng} from './export-png.js';
export {wrapText} from '../layout/text.js';
export {tokens} from './tokens.styles.js';
export {frameStyles} from './frame.styles.js';
export {warnOnce} from './warn.js';
export type {DataTable, TableColumn, Cell} from '../layout/table.js';
export {tableToCSV} from '../layout/table.js';
export * from '../layout/format.js';
export {
  defineLocale,
  loadLocale,
  pickLocale,
  translator,
  en as englishMessages,
  SHIPPED_LOCALES,
  PSEUDO_LOCALE,
  LOCALE_CHANGE,
  type Catalogue,
  type Message,
  type MessageKey,
  type Messages,
  type Translate,
} from '../i18n/catalogue.js';
export {localEconomyName} from '../schema/economy-names.js';
export {linkGroup, LinkGroup, type LinkSelection, type LinkChangeDetail} from './link-group.js';
export {ApacNote} from './apac-note.js';
export type {Annotation, NoteShow} from '../layout/annotations.js';
