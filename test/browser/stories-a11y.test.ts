/// <reference types="mocha" />
/**
 * axe-core on every gallery story, light and dark: each story's render function (with its
 * args and decorators, as Storybook composes them) is mounted here and checked once its charts
 * have drawn or shown their error.
 */
import {expect, fixture, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import type {TemplateResult} from 'lit';
import * as choropleth from '../../stories/choropleth.stories.js';
import * as frame from '../../stories/frame.stories.js';
import * as linked from '../../stories/linked.stories.js';
import * as sankey from '../../stories/sankey.stories.js';
import * as story from '../../stories/story.stories.js';
import * as timeline from '../../stories/timeline.stories.js';
import * as embedChoropleth from '../../stories/embed/choropleth.stories.js';
import * as embedSankey from '../../stories/embed/sankey.stories.js';
import * as embedTimeline from '../../stories/embed/timeline.stories.js';

type Args = Record<string, unknown>;
type Render = (args: Args, context: unknown) => TemplateResult;
interface StoryLike {
  args?: Args;
  render?: Render;
  decorators?: ((story: () => TemplateResult, context: unknown) => TemplateResult)[];
}
interface MetaLike {
  title?: string;
  args?: Args;
  render?: Render;
}

function compose(meta: MetaLike, story: StoryLike): () => TemplateResult {
  const args = {...meta.args, ...story.args};
  const render = story.render ?? meta.render;
  if (!render) throw new Error('story without a render function');
  let fn = () => render(args, {});
  for (const decorate of story.decorators ?? []) {
    const inner = fn;
    fn = () => decorate(inner, {});
  }
  return fn;
}

/**
 * A chart has settled once it shows its drawing or its error box, with no loading message left:
 * axe must check the chart a reader sees, not the placeholder before it. Elements that are not
 * charts (the embed builder) settle once every chart inside them has.
 */
const drawn = (el: Element): boolean => {
  const root = el.shadowRoot;
  if (!root) return false;
  const inner = [...root.querySelectorAll('*')].filter((n) => n.localName.startsWith('apac-'));
  if (inner.length) return inner.every(drawn);
  return Boolean(root.querySelector('svg.chart, .error')) && !root.querySelector('.loading');
};
/** Only the story of the loading state is checked as it loads. */
const loading = (el: Element) => Boolean(el.shadowRoot?.querySelector('.loading'));

const modules = {
  frame,
  choropleth,
  timeline,
  sankey,
  linked,
  story,
  embedChoropleth,
  embedTimeline,
  embedSankey,
} as Record<string, Record<string, unknown>>;

describe('every story passes axe, light and dark', () => {
  let base: HTMLBaseElement;
  let meta: HTMLMetaElement;
  before(() => {
    // Stories fetch "./fixtures/…", as served beside the built gallery.
    base = Object.assign(document.createElement('base'), {href: '/test/'});
    meta = Object.assign(document.createElement('meta'), {
      name: 'color-scheme',
      content: 'light dark',
    });
    document.head.append(base, meta);
  });
  after(async () => {
    base.remove();
    meta.remove();
    await emulateMedia({colorScheme: 'light'});
  });

  for (const [file, mod] of Object.entries(modules)) {
    const metaOf = mod['default'] as MetaLike;
    for (const [name, story] of Object.entries(mod)) {
      if (name === 'default' || typeof story !== 'object' || story === null) continue;
      for (const scheme of ['light', 'dark'] as const) {
        it(`${file} / ${name} (${scheme})`, async function () {
          // A story draws in well under a second; a loaded machine may need many.
          this.timeout(30_000);
          await emulateMedia({colorScheme: scheme});
          const box = await fixture<HTMLDivElement>(compose(metaOf, story as StoryLike)());
          // A story's wrapper and steps hold charts; the charts are what settle.
          const charts = [...box.querySelectorAll('*')].filter(
            (n) => n.localName.startsWith('apac-') && !/^apac-steps?$/.test(n.localName)
          );
          const host = charts.length ? charts : [box];
          const settled = file === 'frame' && name === 'Loading' ? loading : drawn;
          await waitUntil(() => host.every(settled), 'the story did not draw', {timeout: 20_000});
          await expect(box.parentElement ?? box).to.be.accessible();
        });
      }
    }
  }
});
