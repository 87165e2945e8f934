import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/index.js';

/**
 * A scroll-driven story, as `examples/story.html` tells it: three `<apac-steps>`, each a chart
 * and the `<apac-step>` cards a reader scrolls past. As a card crosses the middle of the screen
 * the chart takes that step's state (the map through membership by year, the timeline through
 * a span, the Sankey from all flows to one crime); Previous / Next under each chart step it
 * without scrolling, and a screen reader hears "Step 2 of 4" and the step's heading. Every fact
 * is in the bundled dataset.
 */
const meta: Meta = {
  title: 'Stories/Scroll-driven story',
  parameters: {layout: 'fullscreen'},
  render: () =>
    html`<div class="story-page">
      <style>
        .story-page {
          max-width: 1100px;
          margin: 0 auto;
          padding: 0 12px;
          font-family: Georgia, 'Times New Roman', serif;
          line-height: 1.5;
        }
        .story-page h2 {
          font-family: system-ui, sans-serif;
        }
        .story-page apac-step h3 {
          margin: 0 0 0.25em;
          font-family: system-ui, sans-serif;
          font-size: 1.05em;
        }
        .story-page apac-step p {
          margin: 0;
        }
        .story-page .chapter {
          margin: 3em 0;
        }
      </style>
      <p>Scroll down: each chart changes as you read, or use the buttons under a chart.</p>
      <section class="chapter" aria-labelledby="who">
        <h2 id="who">Who belongs</h2>
        <apac-steps id="members">
          <apac-choropleth
            indicator="membership"
            year="1967"
            highlight="ID, MY, PH, SG, TH"
            headline="APEC and ASEAN membership, by year"
          ></apac-choropleth>
          <apac-step year="1967" highlight="ID, MY, PH, SG, TH">
            <h3>1967</h3>
            <p>
              Five states found ASEAN: Indonesia, Malaysia, the Philippines, Singapore and Thailand.
            </p>
          </apac-step>
          <apac-step year="1989" highlight="AU, BN, CA, ID, JP, KR, MY, NZ, PH, SG, TH, US">
            <h3>1989</h3>
            <p>
              APEC is founded in November 1989 by twelve economies. Brunei Darussalam had joined
              ASEAN in January 1984.
            </p>
          </apac-step>
          <apac-step year="1999" highlight="VN, LA, MM, KH">
            <h3>1999</h3>
            <p>
              ASEAN grows to ten: Viet Nam joins in 1995, Lao PDR and Myanmar in 1997, Cambodia in
              April 1999.
            </p>
          </apac-step>
          <apac-step year="2025" highlight="TL" selected="TL">
            <h3>2025</h3>
            <p>Timor-Leste is admitted as ASEAN's 11th member state on 26 October 2025.</p>
          </apac-step>
        </apac-steps>
      </section>

      <section class="chapter" aria-labelledby="meetings">
        <h2 id="meetings">Where they meet</h2>
        <apac-steps id="timeline-story">
          <apac-timeline
            orientation="horizontal"
            group-by="kind"
            headline="Counter-terrorism and transnational-crime meetings"
          ></apac-timeline>
          <apac-step>
            <h3>1997–2025</h3>
            <p>Every meeting in the dataset, one lane per kind of meeting.</p>
          </apac-step>
          <apac-step from="2015-09-21" to="2015-10-04" highlight="ammtc-10">
            <h3>September 2015</h3>
            <p>
              The 10th ASEAN Ministerial Meeting on Transnational Crime (AMMTC) opens in Kuala
              Lumpur: the Kuala Lumpur Declaration, and the AMMTC made annual.
            </p>
          </apac-step>
          <apac-step from="2015" to="2025" highlight="forum:AMMTC">
            <h3>2015–2025</h3>
            <p>The AMMTC meetings in the dataset since then.</p>
          </apac-step>
        </apac-steps>
      </section>

      <section class="chapter" aria-labelledby="flows">
        <h2 id="flows">What crosses borders</h2>
        <apac-steps id="flow-story">
          <apac-sankey
            report="tocta2013"
            headline="Illicit flows in East Asia and the Pacific"
          ></apac-sankey>
          <apac-step>
            <h3>All flows</h3>
            <p>
              UNODC put illicit flows in East Asia and the Pacific at nearly USD 90 billion a year
              (Transnational Organized Crime in East Asia and the Pacific, April 2013).
            </p>
          </apac-step>
          <apac-step highlight="crime:counterfeit-goods">
            <h3>The largest flow</h3>
            <p>
              Counterfeit goods, from East Asia and the Pacific to Europe and the US: USD 24.4
              billion a year.
            </p>
          </apac-step>
        </apac-steps>
      </section>
    </div>`,
};
export default meta;

export const ScrollDrivenStory: StoryObj = {name: 'Scroll-driven story: map, timeline and flows'};
