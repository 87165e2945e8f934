/**
 * Loaded before each browser test file (`testRunnerHtml` in web-test-runner.config.mjs). A failed
 * assertion's `actual` and `expected` travel to the runner with the result, and an element there
 * (`expect(q(el, '.error')).to.equal(null)` failing) made the runner walk all it reaches: the tab
 * hung until the file's 300 s timeout and reported no test at all. Chai's message is already
 * written when it throws; here an element in `actual` or `expected` (or in an array there) is
 * replaced by the start of its markup before the error leaves the assertion.
 */
// Chai itself, the instance @open-wc/testing hands the tests: that package's entry registers its
// fixtures' clean-up with Mocha's `afterEach`, which does not exist yet when this runs (fixtures
// would pile up on the page).
import {Assertion, AssertionError} from '@esm-bundle/chai';

const MARKUP = 300;

const plain = (value: unknown): unknown =>
  value instanceof Node
    ? (value instanceof Element ? value.outerHTML : value.nodeName).slice(0, MARKUP)
    : value;

const assert = Assertion.prototype.assert;
Assertion.prototype.assert = function (
  this: Chai.AssertionStatic,
  ...args: Parameters<typeof assert>
) {
  try {
    assert.apply(this, args);
  } catch (error) {
    if (error instanceof AssertionError) {
      const fields = error as unknown as {actual?: unknown; expected?: unknown};
      for (const key of ['actual', 'expected'] as const) {
        const value = fields[key];
        fields[key] = Array.isArray(value) ? value.map(plain) : plain(value);
      }
    }
    throw error;
  }
};
