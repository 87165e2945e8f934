/// <reference types="mocha" />
import {expect, fixture, oneEvent, waitUntil} from '@open-wc/testing';
import {builder, hostArgs} from '../../stories/embed-builder.js';
import pkg from '../../package.json';

/** The code blocks' text once the builder has read (or failed to read) the files' lists. */
async function codes(box: HTMLElement): Promise<string[]> {
  await waitUntil(() => !box.querySelector('.snippet[data-state="reading"]'), 'still reading');
  return [...box.querySelectorAll('code')].map((c) => c.textContent ?? '');
}

describe('embed builder (gallery)', () => {
  it("points the code at this version's files on unpkg", () => {
    // An address without the version is answered with a redirect to the latest version's.
    expect(hostArgs.scriptBase).to.equal(`https://unpkg.com/apac-viz@${pkg.version}/dist/lazy/`);
  });

  it('draws the chart with the chosen attributes and gives code without the defaults', async () => {
    const box = await fixture<HTMLDivElement>(
      builder('sankey', {
        ...hostArgs,
        // A folder without the build's lists (as the one file's): no preload links.
        scriptBase: 'https://cdn.example/apac-viz/dist/',
        headline: 'Flows',
        report: 'sea2019',
        theme: 'auto',
        orientation: 'auto',
        'node-align': 'justify',
      })
    );
    const chart = box.querySelector('apac-sankey') as HTMLElement;
    if (!chart.shadowRoot?.querySelector('svg.chart')) await oneEvent(chart, 'apac-render');
    expect(chart.getAttribute('report')).to.equal('sea2019');
    const [script, iframe] = await codes(box);
    expect(script).to.equal(
      '<script type="module" src="https://cdn.example/apac-viz/dist/apac-viz.js"></script>\n' +
        '<apac-sankey headline="Flows" report="sea2019"></apac-sankey>'
    );
    expect(iframe).to.contain(
      'src="https://www.example.org/apac-viz/embed.html?chart=sankey&amp;headline=Flows&amp;report=sea2019"'
    );
  });

  it("names the chart's files from the build's lists beside the script, for the browser to ask for with it", async () => {
    const box = await fixture<HTMLDivElement>(
      builder('sankey', {...hostArgs, scriptBase: '/test/fixtures/lazy/', lang: 'ja'})
    );
    const [script] = await codes(box);
    expect(script?.split('\n')).to.deep.equal([
      '<script type="module" src="/test/fixtures/lazy/apac-viz.js"></script>',
      ...['sankey-6.js', 'core-1.js', 'data-flows-2.js', 'lit-3.js', 'ja-4.js'].map(
        (f) => `<link rel="modulepreload" href="/test/fixtures/lazy/${f}">`
      ),
      '<apac-sankey lang="ja"></apac-sankey>',
    ]);
    expect(box.querySelector('.snippet p')?.textContent).to.contain('a round trip sooner');
    // With a note, the notes' placement too: the first picture waits for it.
    const noted = await fixture<HTMLDivElement>(
      builder('sankey', {
        ...hostArgs,
        scriptBase: '/test/fixtures/lazy/',
        noteFor: 'crime:heroin',
        noteText: 'Mostly from Myanmar',
      })
    );
    const [withNote] = await codes(noted);
    expect(withNote).to.contain(
      '<link rel="modulepreload" href="/test/fixtures/lazy/annotations.templates-7.js">\n' +
        '<link rel="modulepreload" href="/test/fixtures/lazy/sankey.annotations-8.js">\n' +
        '<apac-sankey>'
    );
  });

  it('takes a highlight: the chart mutes the rest and says so, and both snippets carry it', async () => {
    const box = await fixture<HTMLDivElement>(
      builder('choropleth', {
        ...hostArgs,
        indicator: 'membership',
        highlight: 'KH, MM',
        theme: 'auto',
      })
    );
    const chart = box.querySelector('apac-choropleth') as HTMLElement;
    if (!chart.shadowRoot?.querySelector('svg.chart')) await oneEvent(chart, 'apac-render');
    await waitUntil(() => chart.shadowRoot?.querySelector('[part="highlighted"]'), 'no line');
    expect(chart.shadowRoot?.querySelector('[part="highlighted"]')?.textContent?.trim()).to.equal(
      'Highlighted: Cambodia and Myanmar.'
    );
    const [script, iframe] = await codes(box);
    expect(script).to.contain('<apac-choropleth highlight="KH, MM"></apac-choropleth>');
    expect(iframe).to.contain(`chart=choropleth&amp;${new URLSearchParams({highlight: 'KH, MM'})}`);
  });

  it('takes a note: drawn on the chart, a child <apac-note> in the tag, annotations in the iframe', async () => {
    const box = await fixture<HTMLDivElement>(
      builder('choropleth', {
        ...hostArgs,
        indicator: 'membership',
        noteFor: 'TL',
        noteText: 'Admitted <2025>',
      })
    );
    const chart = box.querySelector('apac-choropleth') as HTMLElement;
    if (!chart.shadowRoot?.querySelector('svg.chart')) await oneEvent(chart, 'apac-render');
    await waitUntil(() => chart.shadowRoot?.querySelector('.annotations .note'), 'no note');
    expect(chart.shadowRoot?.querySelector('.annotations .note')?.textContent).to.contain(
      'Admitted <2025>'
    );
    const [script, iframe] = await codes(box);
    expect(script).to.contain(
      '<apac-choropleth>\n  <apac-note for="TL">Admitted &lt;2025&gt;</apac-note>\n</apac-choropleth>'
    );
    const src = /src="([^"]+)"/.exec(iframe)?.[1]?.replace(/&amp;/g, '&') ?? '';
    expect(JSON.parse(new URL(src).searchParams.get('annotations') ?? 'null')).to.deep.equal([
      {target: 'TL', text: 'Admitted <2025>'},
    ]);
  });

  it('Copy puts the code on the clipboard, or selects it where the clipboard is refused', async () => {
    const box = await fixture<HTMLDivElement>(builder('timeline', {...hostArgs, from: '2015'}));
    const button = box.querySelector('button') as HTMLButtonElement;
    button.click();
    const status = button.nextElementSibling as HTMLElement;
    await waitUntil(() => status.textContent !== '');
    const code = box.querySelector('code')?.textContent ?? '';
    if (status.textContent === 'Copied.')
      expect(await navigator.clipboard.readText()).to.equal(code);
    else {
      expect(status.textContent).to.equal('Selected: press Ctrl+C (⌘C) to copy.');
      expect(getSelection()?.toString()).to.equal(code);
    }
    expect(code).to.contain('<apac-timeline from="2015"></apac-timeline>');
  });
});
