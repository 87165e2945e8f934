/// <reference types="mocha" />
import {expect, fixture, oneEvent, waitUntil} from '@open-wc/testing';
import {builder, hostArgs} from '../../stories/embed-builder.js';
import pkg from '../../package.json';

describe('embed builder (gallery)', () => {
  it('draws the chart with the chosen attributes and gives code without the defaults', async () => {
    const box = await fixture<HTMLDivElement>(
      builder('sankey', {
        ...hostArgs,
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
    const [script, iframe] = [...box.querySelectorAll('code')].map((c) => c.textContent);
    expect(script).to.equal(
      // This version's files: unpkg redirects an address without one to the latest version.
      `<script type="module" src="https://unpkg.com/apac-viz@${pkg.version}/dist/lazy/apac-viz.js"></script>\n` +
        '<apac-sankey headline="Flows" report="sea2019"></apac-sankey>'
    );
    expect(iframe).to.contain(
      'src="https://www.example.org/apac-viz/embed.html?chart=sankey&amp;headline=Flows&amp;report=sea2019"'
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
    const [script, iframe] = [...box.querySelectorAll('code')].map((c) => c.textContent ?? '');
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
    const [script, iframe] = [...box.querySelectorAll('code')].map((c) => c.textContent ?? '');
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
