/**
 * The English words of data problems (one per row or field, after its path: `rows[0].value must
 * be a number`). Part of the English catalogue (en.ts spreads them in); kept apart so the pure
 * validators in src/schema can write a problem's English text without the rest of the catalogue.
 *
 * `{value}` is a value from the data, quoted, or a word for what it is (`value.*`).
 */
export const issuesEn = {
  // Where a problem is, in a CSV or TSV file (in place of the path): the row as a spreadsheet
  // numbers it, and the column's header as the file writes it.
  'issue.row': 'Row {row}',
  'issue.cell': 'Row {row}, column “{column}”',
  'issue.missing': 'is missing',
  'issue.invalid': 'is not valid: expected {expected}, got {received}',
  'issue.empty': 'is empty',
  'issue.notText': 'must be text',
  'issue.tooLong': 'is longer than {max} characters',
  'issue.notEmpty': 'must not be empty',
  'issue.needsCitation': 'needs a citation (report, page or URL)',
  'issue.alpha2': 'must be an ISO 3166-1 alpha-2 code',
  'issue.alpha3': 'must be an ISO 3166-1 alpha-3 code',
  'issue.numericCode': 'must be a three-digit ISO 3166-1 numeric code',
  'issue.dateFormat': 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
  'issue.notRealDate': 'is not a real calendar date',
  'issue.notNumber': 'must be a number',
  'issue.oneOf': 'must be one of {expected}',
  'issue.needsMembership': 'needs at least one membership',
  'issue.precision': 'must be day, month or year',
  'issue.economyCodeOrName': 'must be an economy code or name',
  'issue.status': 'must be held, planned or unconfirmed',
  'issue.negative': 'must not be negative',
  'issue.numberOrCategory': 'must be a finite number or a category',
  'issue.needsAmount': 'needs a value, a low or a high',
  'issue.rangeOrder': 'must have low ≤ value ≤ high',
  'issue.nameNode': 'must name a node',
  'issue.noEconomy': '{value} matches no APEC or ASEAN economy',
  'issue.noHost': '{value} matches no APEC or ASEAN economy; the event is shown without a host',
  'issue.notList': 'must be a list, got {value}',
  'issue.repeatsId': 'repeats the id {value} of {first}; dropped',
  'issue.notObjectWith': 'must be an object with "{key}", got {value}',
  'issue.notEvents': 'must be {events: […]} or a list of events, got {value}',
  'issue.precisionMismatch':
    'says {precision}, but the start {value} is not written to that precision',
  'issue.endBeforeStart': '{value} is before the start {start}',
  'issue.notColumnNode': '{value} is not a {column} node',
  'issue.notFiniteNumber': '{value} is not a finite number',
  'issue.notCategory': '{value} is not one of the categories ({categories})',
  'issue.needsCategories': 'a categorical indicator needs its categories',
  'issue.notJson': 'is not valid JSON',
  'issue.valueMissing': 'is missing (give a value, or a low and a high)',
  'issue.rangeTooHigh': 'must be at most the value and the high ({values})',
  'issue.ownSource': 'is its own source {value}: a flow must go somewhere else',
  'issue.notANode': '{value} is not one of the nodes',
  'value.nothing': 'nothing',
  'value.list': 'a list',
  'value.object': 'an object',
  'value.boolean': 'true or false',
  'value.other': 'something else',
} as const;

export type IssueKey = keyof typeof issuesEn;
