/// <reference types="mocha" />
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {emulateMedia, executeServerCommand} from '@web/test-runner-commands';
import '../fixtures/test-chart.js';
import type {ApacTestChart} from '../fixtures/test-chart.js';
import type {ApacErrorDetail, ApacLoadDetail, ApacRenderDetail} from '../../src/core/events.js';

const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const q = <T extends Element = Element>(el: Element, sel: string) =>
  shadow(el).querySelector<T>(sel);
const qa = (el: Element, sel: string) => [...shadow(el).querySelectorAll(sel)];
const frame = (el: Element) => q<HTMLElement>(el, '.frame') as HTMLElement;
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** Mounts a chart in a container of a given width and waits for the first event named. */
async function mount<D>(
  template: ReturnType<typeof html>,
  event: string,
  width = 480
): Promise<{el: ApacTestChart; detail: D}> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('div');
  // Render the template into the box, and listen before it upgrades and loads.
  const wait = new Promise<D>((resolve) =>
    box.addEventListener(event, (e) => resolve((e as CustomEvent<D>).detail), {once: true})
  );
  const {render} = await import('lit');
  render(template, el);
  box.append(...el.childNodes);
  const detail = await wait;
  const chart = box.querySelector('apac-test-chart') as ApacTestChart;
  await chart.updateComplete;
  return {el: chart, detail};
}

describe('chart frame', () => {
  afterEach(async () => {
    await emulateMedia({colorScheme: 'light'});
    document.querySelector('meta[name="color-scheme"]')?.remove();
  });

  describe('defaults', () => {
    it('is accessible with headline, table open and an error listed', async () => {
      // One row without a citation: it is left out and listed; the other is drawn.
      const data = {
        items: [
          {id: 'a', label: 'A', value: 2, citation: 'c'},
          {id: 'b', label: 'B', value: 1},
        ],
      };
      const {el} = await mount(
        html`<apac-test-chart headline="Bars" subhead="Sub" .data=${data}></apac-test-chart>`,
        'apac-render'
      );
      q<HTMLButtonElement>(el, 'button.table-toggle')?.click();
      await el.updateComplete;
      expect(qa(el, 'rect')).to.have.length(1);
      expect(qa(el, '[role="alert"] li')).to.have.length(1);
      expect(q(el, '[role="alert"]')?.textContent).to.contain('items[1].citation');
      expect(qa(el, 'tbody tr')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('draws the bundled data with a titled, described SVG and the bundled credit', async () => {
      const {el, detail} = await mount<ApacRenderDetail>(
        html`<apac-test-chart headline="Bars"></apac-test-chart>`,
        'apac-render'
      );
      expect(detail.width).to.equal(480);
      expect(qa(el, 'rect')).to.have.length(3);
      const svg = q(el, 'svg.chart');
      expect(svg?.getAttribute('role')).to.equal('img');
      expect(q(el, 'svg title')?.textContent).to.equal('Test bars');
      expect(q(el, 'svg desc')?.textContent).to.equal('3 bars.');
      expect(q(el, '.credit')?.textContent?.trim()).to.equal('Source: Test fixture data');
      const heading = q(el, '[role="heading"]');
      expect(heading?.getAttribute('aria-level')).to.equal('2');
      expect(heading?.textContent?.trim()).to.equal('Bars');
      expect(q(el, '.subhead')?.hasAttribute('hidden')).to.equal(true);
      expect(q(el, '.error')).to.equal(null);
    });

    it('slotted headline and credit replace the attributes', async () => {
      const {el} = await mount(
        html`<apac-test-chart headline="Attr"
          ><span slot="headline">Slotted <em>title</em></span
          ><span slot="credit">My source</span></apac-test-chart
        >`,
        'apac-render'
      );
      const slot = q<HTMLSlotElement>(el, 'slot[name="headline"]');
      expect(slot?.assignedElements()[0]?.textContent).to.equal('Slotted title');
      expect(
        q<HTMLSlotElement>(el, 'slot[name="credit"]')?.assignedElements()[0]?.textContent
      ).to.equal('My source');
      // What is rendered where the headline goes (a slot shows what is assigned to it, else its
      // own content): the slotted words, not the attribute's.
      const rendered = (node: Node): string =>
        node instanceof HTMLSlotElement
          ? node.assignedNodes({flatten: true}).map(rendered).join('')
          : node.nodeType === Node.TEXT_NODE
            ? (node.textContent ?? '')
            : [...node.childNodes].map(rendered).join('');
      const headline = q(el, '.headline') as HTMLElement;
      expect(headline.hidden).to.equal(false);
      expect(rendered(headline).replace(/\s+/g, ' ').trim()).to.equal('Slotted title');
      expect(rendered(q(el, '.credit') as Element)).to.contain('My source');
    });
  });

  describe('size', () => {
    it('draws its first picture in the task it is added in, without waiting for a frame', async () => {
      // The width is read once the frame is rendered, not left to the first ResizeObserver
      // delivery (a frame later) and the task after it.
      const box = await fixture<HTMLDivElement>(html`<div style="width:500px"></div>`);
      const el = document.createElement('apac-test-chart');
      // A task queued before it is added runs after the drawing, not before.
      let tasked = false;
      setTimeout(() => (tasked = true));
      const shown = oneEvent(el, 'apac-render');
      box.append(el);
      const detail = ((await shown) as CustomEvent<ApacRenderDetail>).detail;
      expect(tasked).to.equal(false);
      expect(detail.width).to.equal(500);
    });

    it('draws the bundled data in its first update: no loading message shows before it', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:500px"></div>`);
      const el = document.createElement('apac-test-chart');
      const seen: string[] = [];
      const shown = oneEvent(el, 'apac-render');
      box.append(el);
      // Lit renders in a microtask after the element is added: watch from before it does.
      new MutationObserver(() => {
        if (q(el, '.loading')) seen.push('loading');
        if (q(el, 'svg.chart')) seen.push('chart');
      }).observe(shadow(el), {childList: true, subtree: true});
      await el.updateComplete;
      expect(q(el, 'svg.chart'), 'drawn by the first update').to.not.equal(null);
      await shown;
      expect(seen[0]).to.equal('chart');
      expect(seen).to.not.include('loading');
    });

    it('its first picture fits the content box of a host with padding, border or frame padding', async () => {
      const drawnAt = async (style: string) => {
        const box = await fixture<HTMLDivElement>(html`<div style="width:500px"></div>`);
        const el = document.createElement('apac-test-chart');
        el.setAttribute('style', style);
        const shown = oneEvent(el, 'apac-render');
        box.append(el);
        return ((await shown) as CustomEvent<ApacRenderDetail>).detail.width;
      };
      expect(await drawnAt('box-sizing: border-box; padding: 0 30px; border: 5px solid')).to.equal(
        430
      );
      expect(await drawnAt('padding: 0 25px; width: 400px')).to.equal(400);
      expect(await drawnAt('--apac-frame-padding: 12px 20px')).to.equal(460);
    });

    it("redraws at its frame's width when the page pads the frame through ::part(base)", async () => {
      const style = document.createElement('style');
      style.textContent = '.padded::part(base) { padding: 0 20px; }';
      document.head.append(style);
      try {
        const box = await fixture<HTMLDivElement>(html`<div style="width:500px"></div>`);
        const el = document.createElement('apac-test-chart');
        el.className = 'padded';
        box.append(el);
        await waitUntil(() => q(el, 'svg.chart')?.getAttribute('width') === '460');
      } finally {
        style.remove();
      }
    });

    it('re-renders when its container is resized, and waits while it has no width', async () => {
      const {el} = await mount(html`<apac-test-chart></apac-test-chart>`, 'apac-render', 600);
      expect(q(el, 'svg.chart')?.getAttribute('width')).to.equal('600');
      const next = oneEvent(el, 'apac-render');
      (el.parentElement as HTMLElement).style.width = '320px';
      expect(((await next) as CustomEvent<ApacRenderDetail>).detail.width).to.equal(320);
      expect(q(el, 'svg.chart')?.getAttribute('width')).to.equal('320');

      (el.parentElement as HTMLElement).style.display = 'none';
      await nextFrame();
      await el.updateComplete;
      expect(q(el, 'svg.chart')).to.equal(null);
      const shown = oneEvent(el, 'apac-render');
      (el.parentElement as HTMLElement).style.display = 'block';
      expect(((await shown) as CustomEvent<ApacRenderDetail>).detail.width).to.equal(320);
    });

    it('is drawn without an update scheduled after an update completed (Lit dev warning)', async () => {
      // Lit warns once a page per message: forget those given (by the tests above) first.
      (globalThis as {litIssuedWarnings?: Set<string>}).litIssuedWarnings?.clear();
      const warned: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => {
        warned.push(args.map(String).join(' '));
        warn.apply(console, args);
      };
      try {
        const {el} = await mount(html`<apac-test-chart></apac-test-chart>`, 'apac-render', 600);
        await nextFrame();
        await el.updateComplete;
        // Moved between containers: observed again on reconnection, still without one.
        const other = await fixture<HTMLDivElement>(html`<div style="width:400px"></div>`);
        const next = oneEvent(el, 'apac-render');
        other.append(el);
        expect(((await next) as CustomEvent<ApacRenderDetail>).detail.width).to.equal(400);
      } finally {
        console.warn = warn;
      }
      expect(warned.filter((w) => w.includes('after an update completed'))).to.deep.equal([]);
    });
  });

  describe('data loading', () => {
    it('loads JSON from src and reports where it came from', async () => {
      const loads: ApacLoadDetail[] = [];
      const {el} = await mount(
        html`<apac-test-chart
          src="/test/fixtures/frame-items.json"
          @apac-load=${(e: CustomEvent<ApacLoadDetail>) => loads.push(e.detail)}
        ></apac-test-chart>`,
        'apac-render'
      );
      expect(loads).to.have.length(1);
      expect(loads[0]).to.deep.include({
        source: 'src',
        url: '/test/fixtures/frame-items.json',
        format: 'json',
      });
      expect(qa(el, 'text').map((t) => t.textContent)).to.deep.equal([
        'From JSON 1',
        'From JSON 2',
      ]);
      expect(q(el, '.credit')?.hasAttribute('hidden')).to.equal(true);
    });

    it('loads CSV with a real parser, drawing good rows and listing the bad one', async () => {
      const errors: ApacErrorDetail[] = [];
      const box = await fixture<HTMLDivElement>(
        html`<div
          style="width:480px"
          @apac-error=${(e: CustomEvent<ApacErrorDetail>) => errors.push(e.detail)}
        ></div>`
      );
      const el = document.createElement('apac-test-chart');
      el.src = '/test/fixtures/frame-items.csv';
      const rendered = oneEvent(el, 'apac-render');
      box.append(el);
      await rendered;
      expect(qa(el, 'text').map((t) => t.textContent)).to.deep.equal(['From CSV 1', 'From CSV, 2']);
      expect(errors).to.have.length(1);
      // Located as a spreadsheet shows the file: the header is row 1.
      expect(errors[0]?.issues).to.deep.equal([
        {path: 'items[2].value', message: 'must be a number', row: 4, column: 'value'},
      ]);
      const alert = q(el, '[role="alert"]');
      expect(alert?.textContent).to.contain(
        'Some of the data was left out (1 problem); the rest is drawn.'
      );
      expect(alert?.textContent).to.contain('Row 4, column “value” must be a number');
    });

    it('shows a 404 in the error box and the apac-error event, with no blank chart', async () => {
      const {el, detail} = await mount<ApacErrorDetail>(
        html`<apac-test-chart src="/test/fixtures/missing.json"></apac-test-chart>`,
        'apac-error'
      );
      expect(detail.message).to.match(
        /^Could not load data from \/test\/fixtures\/missing\.json: the server answered 404/
      );
      await el.updateComplete;
      expect(q(el, '[role="alert"]')?.textContent).to.contain('404');
      // Another try would find no file either. (A boolean: a failing assertion on an element in
      // the chart hangs the run while the runner reports the element, instead of failing.)
      expect(Boolean(q(el, 'button.retry')), 'a "Try again" button').to.equal(false);
      expect(q(el, 'svg.chart')).to.equal(null);
      expect(q(el, '.loading')).to.equal(null);
    });

    it('a load the network dropped: "Try again" loads it, in the error box until it has', async () => {
      const {el, detail} = await mount<ApacErrorDetail>(
        html`<apac-test-chart
          src="/test/fixtures/frame-items.json?flaky=dropped"
        ></apac-test-chart>`,
        'apac-error'
      );
      expect(detail.message).to.contain('the network request failed');
      await el.updateComplete;
      const button = q<HTMLButtonElement>(el, '[role="alert"] button.retry');
      expect(button?.textContent?.trim()).to.equal('Try again');
      // Still offline: the error again, and the button back.
      const again = oneEvent(el, 'apac-error');
      button?.click();
      await el.updateComplete;
      // The error stays while the data is asked for again, its button saying so.
      expect(q(el, 'button.retry')?.textContent?.trim()).to.equal('Trying again…');
      expect(q(el, 'button.retry')?.getAttribute('aria-disabled')).to.equal('true');
      await again;
      await el.updateComplete;
      expect(q(el, 'button.retry')?.textContent?.trim()).to.equal('Try again');
      // Back online.
      await executeServerCommand('heal-flaky', {id: 'dropped'});
      const drawn = oneEvent(el, 'apac-render');
      q<HTMLButtonElement>(el, 'button.retry')?.click();
      await drawn;
      expect(Boolean(q(el, '[role="alert"]')), 'the error box').to.equal(false);
      expect(qa(el, 'text').map((t) => t.textContent)).to.deep.equal([
        'From JSON 1',
        'From JSON 2',
      ]);
    });

    it('a server that was down (503) is tried again when the browser is back online', async () => {
      const {el} = await mount(
        html`<apac-test-chart
          src=${'/test/fixtures/frame-items.json?flaky=down&fail=503'}
        ></apac-test-chart>`,
        'apac-error'
      );
      await el.updateComplete;
      expect(q(el, '[role="alert"]')?.textContent).to.contain('503');
      expect(Boolean(q(el, 'button.retry')), 'a "Try again" button').to.equal(true);
      await executeServerCommand('heal-flaky', {id: 'down'});
      const drawn = oneEvent(el, 'apac-render');
      window.dispatchEvent(new Event('online'));
      await drawn;
      expect(Boolean(q(el, '[role="alert"]')), 'the error box').to.equal(false);
      expect(qa(el, 'text')).to.have.length(2);
    });

    it('explains malformed JSON', async () => {
      const {el, detail} = await mount<ApacErrorDetail>(
        html`<apac-test-chart src="/test/fixtures/malformed.json"></apac-test-chart>`,
        'apac-error'
      );
      expect(detail.message).to.match(
        /^Could not read the data from \/test\/fixtures\/malformed\.json: it is not valid JSON\./
      );
      expect(detail.issues[0]?.path).to.equal('(file)');
      await el.updateComplete;
      expect(q(el, '[role="alert"] strong')?.textContent).to.equal(detail.message);
    });

    it('the data property wins over src, and setting it re-renders', async () => {
      const {el} = await mount(
        html`<apac-test-chart
          src="/test/fixtures/frame-items.json"
          .data=${{items: [{id: 'p', label: 'Prop', value: 1, citation: 'c'}]}}
        ></apac-test-chart>`,
        'apac-render'
      );
      expect(qa(el, 'text').map((t) => t.textContent)).to.deep.equal(['Prop']);
      const next = oneEvent(el, 'apac-render');
      el.data = {
        items: [
          {id: 'q', label: 'New', value: 2, citation: 'c'},
          {id: 'r', label: 'Two', value: 1, citation: 'c'},
        ],
      };
      await next;
      expect(qa(el, 'text').map((t) => t.textContent)).to.deep.equal(['New', 'Two']);
      const back = oneEvent(el, 'apac-render');
      el.data = undefined;
      await back;
      expect(qa(el, 'text').map((t) => t.textContent)).to.deep.equal([
        'From JSON 1',
        'From JSON 2',
      ]);
    });

    it('says so when nothing usable is left, listing every problem by path', async () => {
      const bad = {
        items: [
          {id: 'a', label: 'A', value: -1, citation: 'c'},
          {id: 'b', label: 'B', value: 1},
        ],
      };
      const {el, detail} = await mount<ApacErrorDetail>(
        html`<apac-test-chart .data=${bad}></apac-test-chart>`,
        'apac-error'
      );
      expect(detail.message).to.equal('None of the data could be drawn (2 problems).');
      expect(detail.issues.map((i) => i.path)).to.deep.equal([
        'items[0].value',
        'items[1].citation',
      ]);
      await el.updateComplete;
      expect(qa(el, '[role="alert"] li')).to.have.length(2);
      expect(q(el, 'svg.chart')).to.equal(null);
    });

    it('aborts a fetch in flight when removed, without reporting an error', async () => {
      // The test server holds `?slow=<id>` responses for 1.5 s and records whether the browser
      // hung up first (web-test-runner.config.mjs, slowResponses).
      const id = `abort-${Date.now()}`;
      const state = () =>
        executeServerCommand<string, {id: string}>('slow-request-state', {id}) as Promise<string>;
      const errors: Event[] = [];
      const el = document.createElement('apac-test-chart');
      el.addEventListener('apac-error', (e) => errors.push(e));
      el.src = `/test/fixtures/frame-items.json?slow=${id}`;
      document.body.append(el);
      await waitUntil(async () => (await state()) === 'pending', 'the request never arrived');
      el.remove();
      await waitUntil(async () => (await state()) !== 'pending', 'the request was left hanging', {
        timeout: 3000,
      });
      expect(await state()).to.equal('aborted');
      expect(errors).to.have.length(0);
      const box = await fixture<HTMLDivElement>(html`<div style="width:300px"></div>`);
      const drawn = oneEvent(el, 'apac-render');
      box.append(el);
      await drawn;
      expect(await state()).to.equal('served');
      expect(qa(el, 'rect')).to.have.length(2);
    });
  });

  describe('fallback content', () => {
    const withFallback = (src: string) => {
      const el = document.createElement('apac-test-chart');
      el.src = src;
      el.innerHTML = '\n  <p>Static picture: three bars.</p>\n';
      return el;
    };
    const fallback = (el: Element) => el.querySelector('p') as HTMLElement;

    it('shows what the page put inside the tag until the chart is drawn, then hides it from everyone', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:300px"></div>`);
      const el = withFallback('/test/fixtures/frame-items.json');
      const drawn = oneEvent(el, 'apac-render');
      box.append(el);
      await el.updateComplete;
      await el.updateComplete;
      expect(fallback(el).checkVisibility()).to.equal(true);
      expect(q(el, '.loading'), 'the fallback stands in for the loading message').to.equal(null);
      await drawn;
      await el.updateComplete;
      expect(qa(el, 'rect')).to.have.length(2);
      expect(fallback(el).checkVisibility()).to.equal(false);
      expect(q(el, '.fallback slot'), 'no slot: out of the accessibility tree').to.equal(null);
    });

    it('stays beside the error when the data cannot be loaded', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:300px"></div>`);
      const el = withFallback('/test/fixtures/missing.json');
      const failed = oneEvent(el, 'apac-error');
      box.append(el);
      await failed;
      await el.updateComplete;
      expect(q(el, '[role="alert"]')?.textContent).to.contain('404');
      expect(fallback(el).checkVisibility()).to.equal(true);
    });

    it('whitespace inside the tag is not fallback content: the loading message shows', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width:300px"></div>`);
      const el = document.createElement('apac-test-chart');
      el.src = '/test/fixtures/frame-items.json';
      el.textContent = '\n   \n';
      box.append(el);
      await el.updateComplete;
      await el.updateComplete;
      expect(q(el, '.loading')?.textContent).to.contain('Loading data');
      await oneEvent(el, 'apac-render');
    });
  });

  describe('table', () => {
    it('toggles an accessible table of what the chart shows', async () => {
      const {el} = await mount(
        html`<apac-test-chart
          lang="de"
          .data=${{items: [{id: 'a', label: 'A', value: 1234.5, citation: 'https://example.org/a'}]}}
        ></apac-test-chart>`,
        'apac-render'
      );
      const button = q<HTMLButtonElement>(el, 'button.table-toggle') as HTMLButtonElement;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(q(el, 'table')).to.equal(null);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.textContent?.trim()).to.equal('Hide data table');
      expect(qa(el, 'th[scope="col"]').map((t) => t.textContent)).to.deep.equal([
        'Item',
        'Value',
        'Source',
      ]);
      expect(qa(el, 'tbody td').map((t) => t.textContent)).to.deep.equal([
        'A',
        '1.234,5',
        'https://example.org/a',
      ]);
      expect(q(el, 'tbody a')?.getAttribute('href')).to.equal('https://example.org/a');
      expect(q(el, 'caption')?.textContent?.trim()).to.equal('Test items');
    });
  });

  describe('theme', () => {
    const bg = (el: Element) => getComputedStyle(frame(el)).backgroundColor;

    it('switches between light and dark, and tokens override the defaults', async () => {
      const {el} = await mount(
        html`<apac-test-chart theme="dark"></apac-test-chart>`,
        'apac-render'
      );
      expect(bg(el)).to.equal('rgb(21, 24, 29)');
      el.theme = 'light';
      await el.updateComplete;
      expect(bg(el)).to.equal('rgb(255, 255, 255)');
      el.style.setProperty('--apac-color-background', 'rgb(1, 2, 3)');
      expect(bg(el)).to.equal('rgb(1, 2, 3)');
    });

    it('auto follows prefers-color-scheme on a page that supports dark, and stays light on a light-only page', async () => {
      await emulateMedia({colorScheme: 'dark'});
      const {el} = await mount(html`<apac-test-chart></apac-test-chart>`, 'apac-render');
      expect(bg(el)).to.equal('rgb(255, 255, 255)');
      const meta = Object.assign(document.createElement('meta'), {
        name: 'color-scheme',
        content: 'light dark',
      });
      document.head.append(meta);
      el.requestUpdate();
      await el.updateComplete;
      expect(bg(el)).to.equal('rgb(21, 24, 29)');
      await emulateMedia({colorScheme: 'light'});
      await nextFrame();
      await el.updateComplete;
      expect(bg(el)).to.equal('rgb(255, 255, 255)');
    });

    it('prints light, dark words on white, whatever the theme, and goes back after', async () => {
      // Printed dark, a chart's light words and lines went onto white paper: browsers leave
      // backgrounds out of a print by default.
      const {el} = await mount(
        html`<apac-test-chart theme="dark"></apac-test-chart>`,
        'apac-render'
      );
      const ink = () => getComputedStyle(frame(el)).color;
      expect([bg(el), ink()]).to.deep.equal(['rgb(21, 24, 29)', 'rgb(230, 237, 243)']);
      await emulateMedia({media: 'print'});
      try {
        await nextFrame();
        await el.updateComplete;
        // (No background in print: the paper's.)
        expect([bg(el), ink()]).to.deep.equal(['rgba(0, 0, 0, 0)', 'rgb(31, 35, 40)']);
      } finally {
        await emulateMedia({media: 'screen'});
      }
      await nextFrame();
      await el.updateComplete;
      expect(bg(el)).to.equal('rgb(21, 24, 29)');
    });
  });

  describe('events', () => {
    it('bubble out of the shadow root to the document, composed and typed', async () => {
      const seen: string[] = [];
      const listener = (e: Event) =>
        seen.push(`${e.type}:${(e as CustomEvent).composed}:${e.bubbles}`);
      document.addEventListener('apac-load', listener);
      document.addEventListener('apac-render', listener);
      try {
        await mount(html`<apac-test-chart></apac-test-chart>`, 'apac-render');
      } finally {
        document.removeEventListener('apac-load', listener);
        document.removeEventListener('apac-render', listener);
      }
      expect(seen).to.deep.equal(['apac-load:true:true', 'apac-render:true:true']);
    });
  });

  describe('export', () => {
    it('toSVG returns a valid standalone SVG with resolved colours, headline and source', async () => {
      const {el} = await mount(
        html`<apac-test-chart headline=${'Export <me>'} credit="Report, p. 5"></apac-test-chart>`,
        'apac-render'
      );
      const text = el.toSVG();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const root = doc.documentElement;
      expect(root.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(root.getAttribute('viewBox')).to.match(/^0 0 480 \d+$/);
      expect(doc.querySelectorAll('rect[fill="rgb(0, 114, 178)"]')).to.have.length(1);
      expect(text, 'presentation attributes, not inline styles').not.to.match(/\sstyle=/);
      const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
      expect(texts).to.include('Export <me>');
      expect(texts).to.include('Source: Report, p. 5');
      expect(text).not.to.contain('<!--');
      expect(text).not.to.contain('var(--');
      expect(text).not.to.contain('tabindex');
    });

    it('toPNG returns a PNG at the asked scale, and toCSV the table', async () => {
      const {el} = await mount(
        html`<apac-test-chart width="300"></apac-test-chart>`,
        'apac-render'
      );
      const png = await el.toPNG(2);
      expect(png.type).to.equal('image/png');
      const bitmap = await createImageBitmap(png);
      expect(bitmap.width).to.equal(600);
      expect(el.toCSV()).to.equal(
        'Item,Value,Source\r\nAlpha,3,Test fixture\r\nBeta,5,Test fixture\r\nGamma,1,Test fixture\r\n'
      );
    });
  });

  describe('hostile text', () => {
    it('shows markup as text and links only http(s) URLs', async () => {
      (window as unknown as {pwned?: boolean}).pwned = false;
      const evil = '<img src=x onerror="window.pwned=true">';
      const {el} = await mount(
        html`<apac-test-chart
          headline=${evil}
          credit="javascript:window.pwned=true see https://example.org/r, and data:text/html,x"
        ></apac-test-chart>`,
        'apac-render'
      );
      await nextFrame();
      expect(q(el, 'img')).to.equal(null);
      expect(q(el, '[role="heading"]')?.textContent?.trim()).to.equal(evil);
      const links = qa(el, '.credit a');
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/r']);
      expect((window as unknown as {pwned?: boolean}).pwned).to.equal(false);
    });
  });
});
