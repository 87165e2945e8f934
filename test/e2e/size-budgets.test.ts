/**
 * Size budgets (bytes are deterministic, so they are checked in `npm test`). What each chart loads
 * is read from Vite's build manifest of the autoloader (dist/lazy/.vite/manifest.json). Each budget was set
 * from the first measurement, a little above it; lower one whenever the size drops, never raise
 * one without saying why in the commit.
 */
import {describe, expect, it} from 'vitest';
import {readFileSync, readdirSync} from 'node:fs';
import {basename, join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {dist} from './harness.js';

/**
 * gzip kB allowed. Chart entries are what a page loading only that chart downloads, in English.
 * Issue 18 first inlined the catalogues of the seven languages besides English (about 26 kB
 * gzip on every page); they now load per language (one chunk each, 4–5 kB gzip, measured as the
 * largest below), which brought each chart through the autoloader down by 25 kB. The one-file
 * bundle keeps them inlined (one file that draws in every language) and carries the data
 * problems' words in 8 languages since (+5.5 kB), and the split of the chart element (issue 21)
 * and ranges and legend classes in the catalogue (+1.6 kB): raised from 185 to 192.5. Issue 21's
 * drawing in slices (core/progressive.ts, +0.5 kB on the bundle and the timeline) and issue 17's
 * link groups (core/link-group*.ts, an adapter per chart, nine messages; +4.8 kB on the bundle,
 * +3–3.5 kB on each chart) come on top, measured after merging. Issue 13's short titles (87 in
 * the dataset), cluster names, label placement and in-bar ink, and issue 14's legend model (drawn
 * on the page and into exports) and one text measure, about 1.5 and 1 kB: set to the sizes
 * measured after merging both. Issue 15: the charts trust their bundled data (checked at build
 * time, test/unit/dataset.test.ts) and load the validators and valibot only for a user's data,
 * each chart's in a chunk of its own; each data file is a chunk (a Sankey page loads flows.json
 * only): before merging, the map 124.8 → 119.6, the timeline 93.6 → 89.9, the Sankey
 * 54.5 → 50.7. The one-file bundle still inlines them all, and the three validator modules, now
 * reached through dynamic imports, are wrapped for lazy evaluation there (+0.7 kB). Measured
 * after rebasing onto issues 13 and 14: bundle 201.7 (raised 201 → 202 for those 0.7 kB), map
 * 122.0, timeline 93.0, Sankey 52.3 (lowered from 128, 96 and 56). Issue 16's `highlight` and
 * `setState` (core/highlight-controller.ts, core/chart-state.ts, a reading per chart, three
 * messages in eight languages; +1.3 kB on the bundle) come on top: bundle 203.4, map 122.8, timeline 94.1, Sankey 53.1, measured after merging.
 * Issue 14's splits of the map and timeline elements by concern (the year slider's controller,
 * the timeline's reader module) and the list's lit rows: bundle 203.7 (raised 203.5 → 204), map
 * 123.1 (raised 123 → 123.5), timeline 94.4, Sankey 53.5, measured.
 * Issue 21's data worker: the page's side of it (core/worker-load.ts, its Trusted Types policy)
 * adds about 1.2 kB to the bundle and to each chart (bundle 204.6, map 124.0, timeline 95.3,
 * Sankey 54.3); the worker itself is a file of its own (dist/apac-viz.worker.js and its copy in
 * dist/lazy, 11.5 kB), which a page loads only for a large file at `src`, so it is not counted
 * in what a chart loads.
 * Issue 16's `<apac-steps>` (src/elements/steps/, four messages in eight languages) is in the
 * one-file bundle (+3.6 kB with the highlight in the legend model and the muted map names:
 * 207.0) and, through the autoloader, a chunk of its own that a chart page does not load; but
 * Lit and the catalogue, which it shares with the charts, now sit in a chunk of their own beside
 * the charts' core, and a chart page pays about 0.8 kB of gzip for the second file: map 124.1,
 * timeline 95.3, Sankey 54.4 (their own changes about 0.4 kB).
 * Issue 16's annotations (`<apac-note>`, layout/annotations.ts placement, the controller, its
 * templates, styles and export drawing, a target reader per chart, three messages in eight
 * languages; the Sankey's column headings; the map's fitted projections for `lon,lat`) add
 * 4.3–4.9 kB on each chart and 6.3 kB on the bundle, and the embed page's `annotations`
 * parameter 0.2 kB (measured before rebasing onto issue 14's splits: bundle 209.8, map 127.1,
 * timeline 98.7, Sankey 58.0, embed.js 2.2). Loading the placement only on pages with notes is
 * the way to win it back.
 * The four merged (issues 14, 15's fill and rescale, 16's annotations and steps, 21's worker), measured:
 * bundle 216.3, map 131.1, timeline 102.3, Sankey 61.3, embed.js 2.3 (annotations' placement loaded
 * on every chart page is most of the growth).
 * Issue 15, the next round, measured after merging: the shipped files fully minified (Vite keeps
 * whitespace in ES library builds; about −6 % everywhere), the src path (fetching, CSV, the
 * worker's page side: −2.8 kB per chart) and the notes' placement (−0.9 kB) loaded only when
 * used, d3-zoom and its stack loaded on the reader's first zoom (−11.7 kB on the map and the
 * timeline; inline in the bundle), a lighter map geometry (27.0 → 18.1 kB gzip) and JSON built as
 * `JSON.parse` of one string: bundle 190.5, map 96.0, timeline 79.5, Sankey 52.0, <apac-steps>
 * 16.3, worker 11.4, embed.js 2.0.
 * Issue 15, the round after, measured after merging: the timeline's own two-point UTC scale in
 * place of d3-scale (which brought d3-time-format, d3-interpolate and d3-color: −9.4 kB on the
 * timeline), the map's ramps drawn from ColorBrewer's colours and viridis's table in place of
 * d3-scale-chromatic (−8.8 kB on the map), each chart's English words with that chart and the
 * words of data problems with the validators (about −2 kB on every page), the css`…` literals
 * minified (about −1 kB on every page), the map's reference projection: bundle 183.0, map 83.2,
 * timeline 66.5, Sankey 48.3, <apac-steps> 13.4.
 * Issue 15, stop 27, measured after merging: the topology packed (arcs and geometries as text,
 * −5.6 kB on the map and the bundle), the autoloader's data chunks without the fields no chart
 * reads (−2.4 kB on the map, −1.6 kB on the timeline), and loaded only when used: link groups
 * and their words, the year slider, natural breaks, each chart's reader of notes, the notes' and
 * the steps' words: bundle 179.9, map 72.8, timeline 63.1, Sankey 46.7, <apac-steps> 13.3.
 * Issue 15, stop 28: the autoloader lists each chart's chunks and the shipped catalogues and asks
 * for them beside the chart's own (scripts/preload-chunks.mjs): one round trip instead of three
 * before a chart can draw (two fewer for a page in another language; 150–310 ms at a phone's
 * 150 ms round trip, `npm run bench`'s autoloader table), for 0.5 kB more on every chart's page
 * (the autoloader 0.4 → 0.9 kB): raised map 73 → 73.5, timeline 63.5 → 64, Sankey 47 → 47.5,
 * <apac-steps> 13.5 → 14. Then, measured after merging: the map's topology projected when the
 * dataset is built (the map chunk −3.9 kB without d3-geo's projection, the topology +3.5 kB
 * with its planar arcs; the map's render 67–70 → 54–55 ms of CPU), a chart's first update
 * drawing it (the bundled data loaded and the host measured within it; one update instead of
 * three) and Sankey's plain JSON read without valibot (its reader a chunk of its own; the
 * pieces it shares with the validators in the Sankey chunk): the core +0.3 kB, Sankey's chunk
 * +0.2 kB; bundle 180.1, map 73.2, timeline 64.0, Sankey 47.8: raised timeline 64 → 64.5,
 * Sankey 47.5 → 48. The one-file bundle's data without the fields no chart reads, as the
 * autoloader's (scripts/chart-data.mjs; the dataset whole is `apac-viz/data`): bundle 178.4.
 * d3-zoom given the three functions it takes from d3-transition and d3-interpolate to animate
 * a zoom, which no chart does, instead of those packages and what they bring
 * (core/zoom-shims.ts): bundle 168.7, and the chunk a reader's first zoom loads 17.2 → 7.9 kB,
 * budgeted from now on. The html`…` and svg`…` templates without their indentation
 * (scripts/html-literals.mjs): bundle 168.2, map 73.1, timeline 63.7, Sankey 47.5: lowered
 * bundle 169 → 168.5, timeline 64.5 → 64. The phone list's own key (bars, not bands: four
 * sentences in eight languages, +0.5 kB on the bundle, +0.2 on the Sankey): bundle 168.7,
 * Sankey 47.7: raised bundle 168.5 → 169. Economy resolvers that read the platform's names on
 * their first use rather than when made (the map's module and the one file no longer build 16
 * Intl.DisplayNames at load): +16 bytes on the worker, which held 1 byte under its budget:
 * 11.52 kB, raised 11.5 → 11.6. The map's names on a phone (callout circles kept off the names
 * of the economies beside them; the sourced short forms "China" and "Korea" where the whole
 * name does not fit): +0.3 kB on the bundle, +0.4 on the map: bundle 169.1, map 73.5: raised
 * bundle 169 → 169.5, map 73.5 → 74. Circles and names tested against the land they would
 * cover (a grid of the economies' polygons, a point-in-polygon test, a point inside each
 * shape): +1.2 kB on the map, +1.2 on the one file (measured against a fresh build of the
 * commit before, 172.1 → 173.3 kB at gzip -9). The map's ramps the other way in dark mode, and
 * own data's source line naming the sources its rows cite (two sentences in eight languages):
 * +0.7 kB on the one file, +0.2 on each chart. Bundle 171.1, map 74.9, timeline 64.02, Sankey
 * 48.0: raised bundle 169.5 → 171.5, timeline 64 → 64.5; the map stays at 75, its target.
 * Stop 33: timeline marks outlined at 3:1 (the outline tokens with the timeline's styles, and
 * exports' colours written as sRGB: +0.2 kB on the core), problems in a CSV named by row and
 * column (two messages in eight languages; the worker and the src path locate them: +0.2 kB on
 * the worker), then the notes' reading and the drawing of notes in exports loaded with their
 * placement, only on a chart with notes (−0.6 kB on the core), and sync-url's hash code only on
 * a chart with `sync-url` (−0.1 kB): bundle 172.3, map 74.5, timeline 63.8, Sankey 47.6, worker
 * 11.8: raised bundle 171.5 → 172.5 and worker 11.6 → 12, lowered timeline 64.5 → 64. Then
 * the map's words for what a missing value means (five indicators, eight languages; the map
 * +0.2 kB): bundle 172.7, map 74.7: raised bundle 172.5 → 173. The vertical Sankey's names
 * written upward (+0.3 kB on the Sankey and the bundle): bundle 173.1, Sankey 47.9: raised
 * bundle 173 → 173.5. Then, after a review of the screenshots, the vertical Sankey's names by
 * row and the room it gives back (Sankey 48.02), counts in brackets, whole-number classes:
 * bundle 173.3, map 74.8: raised Sankey 48 → 48.5.
 * Stop 34: the timeline's layouts of large data (20,000 events up: only a user's data) in a
 * chunk loaded with the validators, inline in the one file (−0.7 kB on the timeline, +0.07 on
 * the one file); the map's `no-value`, "101 events", no repeated band values (+0.16 on the one
 * file): bundle 173.6, timeline 63.1: raised bundle 173.5 → 173.7, lowered timeline 64 → 63.5.
 * Names in Chinese, Japanese or Korean along a vertical Sankey's nodes set upright (+0.1 kB on
 * the Sankey and the one file): bundle 173.7: raised bundle 173.7 → 174. The map's touch targets
 * on narrow economies' own shapes, names of valued economies first (+0.4 kB on the map: 75.2,
 * over its target), then viridis's 256 colours in a chunk loaded only by a map that asks for
 * them (−1.1 kB on the map, +0.1 on the one file): map 74.1, bundle 174.2: raised bundle 174 →
 * 174.5, lowered map 75 → 74.5.
 * Stop 35: a Sankey's nameless nodes numbered, the legend naming them (+0.3 kB on the Sankey, +0.6
 * on the one file with the words of eight languages); the autoloader's build takes d3-sankey's
 * max, min and sum from its own d3-array 2 (a file per function) instead of d3-array 3 whole in
 * the chunk every chart loads (−1.0 kB on the Sankey): bundle 174.9, Sankey 47.6, map 74.1:
 * raised bundle 174.5 → 175, lowered Sankey 48.5 → 48. Notes on the Sankey weigh the flows they
 * would hide (in the notes' chunk; +0.3 kB on the one file, which inlines it): bundle 175.2:
 * raised bundle 175 → 175.5. Sankey numbers placed where they read as their node's, notes'
 * connectors kept off labels, map circles off context land (+0.4 kB on the one file; the
 * Sankey +0.2, the map +0.1): bundle 175.6, Sankey 47.8, map 74.2: raised bundle 175.5 → 176.
 * Map names written off the coast with a leader (Thailand, Papua New Guinea, New Zealand), the
 * timeline's "(host: …)" (+0.6 kB on the map, +0.7 on the one file): bundle 176.3, map 74.8:
 * raised bundle 176 → 176.5, map 74.5 → 75 (the target: 0.2 kB left under it).
 * Stop 36: `resize()` (+0.1 kB); English numbers, dates, spans and lists written without ICU
 * (i18n/english.ts, english-dates.ts: a page's first Intl formatter cost 10–15 ms of a chart's
 * first drawing), the dates apart from the numbers (layout/format-dates.ts) so that a map page,
 * which writes none, loads neither: bundle 177.5, map 74.9, timeline 64.9, Sankey 49.3, steps
 * 14.1: raised bundle 176.5 → 178, timeline 63.5 → 65, Sankey 48 → 49.5. Lists joined in English
 * without ICU too (i18n/lists.ts, for the highlight's line and the link groups' words as well)
 * put the map at 75.1; the pseudo-locale `en-XA`, a tool for testing layouts, now loads on
 * demand as a shipped language does (−0.3 kB on every page): map 74.8, timeline 64.6, Sankey
 * 49.1, steps 13.9.
 * Stop 37: the tag naming a picked economy the map leaves unnamed (layout/choropleth/picked.ts)
 * loads with a map's first pick, a chunk of its own (1.5 kB); the map page keeps the layer it is
 * drawn into and the tag's ground (74.99); the one file inlines the chunk: bundle 179.2, raised
 * 178 → 179.5. Each chart's `sync-url` keys, and the hash controller's own code, load only for a
 * chart with `sync-url` (chunks of their own): map 74.7, Sankey 49.1, timeline 64.6, bundle 179.4.
 * Stop 38: an attribute taken away (removed, null, undefined) goes back to its default (Lit's
 * `useDefault` on every attribute with one, and the setter that restores it or reads a value of
 * another type as the attribute would), setState ignores a state that is not an object, and a
 * map's names are placed once per geometry: map 74.99, timeline 64.80, Sankey 49.29, bundle
 * 179.68: raised bundle 179.5 → 179.7. The PNG export's rasteriser loads with `toPNG()`'s first
 * call (it is asynchronous; a chunk of its own, 0.3 kB): map 74.69, timeline 64.50, Sankey
 * 49.00; the one file, which inlines it behind a dynamic import, 179.72: lowered timeline 65 →
 * 64.6 and Sankey 49.5 → 49.1, raised bundle 179.7 → 179.8. An opened data table draws its
 * first 30 rows in the frame that answers the tap and the rest in slices (table-part.ts; 1,000
 * rows of own data: 1.2 s to the first frame with a phone's processor before, 0.16 s after),
 * +0.14 kB on every page: map 74.83, timeline 64.64, Sankey 49.14, bundle 179.88: raised
 * timeline 64.6 → 64.7, Sankey 49.1 → 49.2, bundle 179.8 → 179.9. Stop 39: `resize()` keeps the
 * old drawing's size while it reads the new width (a class and its rule): map 74.86, timeline
 * 64.67, Sankey 49.17, bundle 179.91: raised bundle 179.9 → 180. The map's names off a coast and
 * beside circles placed together, larger first, with a name moved where that lets one more be
 * named (label-spots.ts; the Philippines and Thailand named on the APEC map, 91 → 82 economies
 * unnamed over four regions at eight widths): map 75.31, bundle 180.34: raised map 75 → 75.4,
 * above issue 15's target of 75 by 0.31 kB, and bundle 180 → 180.4. Stop 40: the map cuts
 * shapes to a panel with its own clip (clip.ts) instead of d3-geo's rectangle clip and streams,
 * so the map's page loads no d3-geo clipping: map 74.09, bundle 178.99: lowered map 75.4 → 74.1
 * (issue 15's 75 met again) and bundle 180.4 → 179. The timeline's From / To fields drawn once
 * the page is idle after its first picture, in a row that keeps their height (core/idle.ts, shared
 * with the hover's warm-up): map 74.11, timeline 64.81, Sankey 49.19, bundle 179.13: raised map
 * 74.1 → 74.2, timeline 64.7 → 64.9 and bundle 179 → 179.2.
 * Stop 41: the map projects the other side of the phone width in idle time after a picture, and
 * keeps a projection per side to rescale (rescale.ts, a chart hook for idle work): map 74.27,
 * bundle 179.30. V8's compile hint at the top of the autoloader's chunks a chart's first picture
 * runs (scripts/compile-hints.mjs: about 30 bytes of gzip a chunk, on chunks of 4 kB and up;
 * navigation → drawn 8–13 ms sooner): map 74.37, timeline 64.91, Sankey 49.26: raised bundle
 * 179.2 → 179.4, map 74.2 → 74.4, timeline 64.9 → 65 and Sankey 49.2 → 49.3. d3-zoom's chunk
 * asked for again at a fresh address after a failed load (core/zoom-load.ts: Chromium 150
 * answers a second import of a module that failed with the same failure): map 74.48, timeline
 * 65.02: raised map 74.4 → 74.5, timeline 65 → 65.1. A map's first picture never drawn from the
 * projection made ahead in idle time (`redraw` in the layout's context): map 74.52, raised
 * 74.5 → 74.6.
 * Stop 42: a file at `src` that did not arrive for a reason another try may mend (the network,
 * 408, 429, 5xx) is asked for again when the browser is back online, and the error box offers
 * "Try again" (load-state-controller.ts, two words in eight languages; +0.26 kB on each chart,
 * +0.39 on the one file): bundle 179.79, map 74.78, timeline 65.28, Sankey 49.56: raised bundle
 * 179.4 → 179.8, map 74.6 → 74.8, timeline 65.1 → 65.3, Sankey 49.3 → 49.6. The timeline's key
 * showing both forms a month's or a year's event takes (a dot and a bar): bundle 179.82,
 * timeline 65.30: raised bundle 179.8 → 179.9, timeline 65.3 → 65.4. The timeline's pill at an
 * axis end counting only its own cell (or drawn over both it joins), and its From / To fields'
 * wait for idle dropped when it leaves the page: bundle 179.99, timeline 65.46: raised bundle
 * 179.9 → 180, timeline 65.4 → 65.5.
 * Stop 43: the economies a `highlight` points at named in tags where the map has no room for
 * their names, kept off each other, their economies' land and names (picked.ts; the tags'
 * chunk stays loaded on demand, the map passes it its land test so that the reference code is
 * not split into a chunk of its own, +0.4 kB that way): bundle 180.61, map 74.85: raised bundle
 * 180 → 180.7, map 74.8 → 74.9 (issue 15's 75 still met).
 * Stop 44: `orientation="auto"` drawing the bands with up to one node in ten numbered or valued
 * in the legend's line (labels.ts, crowdedMost): bundle 180.72, Sankey 49.61: raised bundle
 * 180.7 → 180.8, Sankey 49.6 → 49.7. A map name kept off a neighbour's land and, held at its
 * first spot with none off its coast, moved to the next on its shape (labels.ts, landUnder,
 * otherLand folded into it): map 74.94: raised map 74.9 → 75 (issue 15's 75, met by 0.06 kB).
 * Stop 45: a flow that skips a column goes through a waypoint in each column it crosses, round
 * their nodes rather than through their bars (chains.ts; bands of several pieces in bands.ts and
 * collide.ts): bundle 181.69, Sankey 50.27: raised bundle 180.8 → 181.7, Sankey 49.7 → 50.3. The
 * list's faint range bars outlined in their colour (sankey.styles.ts, legend.ts): bundle 181.72,
 * Sankey 50.31: raised bundle 181.7 → 181.8, Sankey 50.3 → 50.4.
 * Stop 46: the FATF indicator's name and category dated in every language as the dataset dates
 * them ("as listed in 2019 or earlier"; en-map.ts and the seven other catalogues): bundle 181.90,
 * map 74.98: raised bundle 181.8 → 181.9 (issue 15's 75 on the map still met, by 0.02 kB). The
 * indicator's note under the map's legend (choropleth/legend.ts; the note was shipped, unread),
 * and the indicators' names and missing-value words left out of the shipped data, the
 * catalogue's being drawn (chart-data.mjs): map 74.79, bundle 181.72: lowered bundle 181.9 →
 * 181.8. A name beside its circle moved off another economy's land where a free spot beside the
 * circle lies less on it (labels.ts; "Brunei Darussalam" off the Malay peninsula, stop 45's
 * patch, held back then by the map's 75): map 74.89, bundle 181.81: raised bundle 181.8 → 181.9.
 * A year's membership map saying that the Plus Three partners, whose partnership the sources read
 * do not date, are drawn as partners in every year (layout.ts, map.undatedPartners in eight
 * languages): map 75.10. Made room for on the map's page: the indicators' category words left
 * to the catalogue, and a value's citation that is its indicator's written once (chart-data.mjs,
 * choropleth-data.ts withCitations): map 74.92, bundle 182.19: raised bundle 181.9 → 182.2. The
 * sentence in each catalogue: the largest besides English 5.53: raised 5.5 → 5.6. The Sankey's
 * figures' years (flows.json referenceYear, shipped and unread before) said in its legend, a
 * flow's tooltip and the table's Year column (legend.ts flowPeriods, four messages in eight
 * languages): Sankey 50.56, bundle 182.76, largest catalogue 5.59: raised Sankey 50.4 → 50.6,
 * bundle 182.2 → 182.8. The timeline's dates in doubt (events' dateInDoubt, and records with
 * another account) drawn dashed and said to be, in eight languages (reading.ts dateNote): timeline
 * 65.59, bundle 183.16, largest catalogue 5.63: raised timeline 65.5 → 65.6, bundle 182.8 →
 * 183.2, largest catalogue 5.6 → 5.7. A table column kept on one line (`nowrap`, the Sankey's
 * Year: "c. 2010–11" broke after its dash on a phone), the frame's, on every page: map 74.94,
 * timeline 65.62, Sankey 50.62, bundle 183.21: raised timeline 65.6 → 65.7, Sankey 50.6 → 50.7,
 * bundle 183.2 → 183.3. A seed document a bundled event cites by its file name said as what it
 * is (events.json seeds, timeline-data.ts readableCitation): timeline 65.81, bundle 183.39:
 * raised timeline 65.7 → 65.9, bundle 183.3 → 183.4.
 * Stop 47: the notes' styles loaded with the notes' chunk (annotation-controller.ts adopts them;
 * −0.25 kB on every page without notes), the events-hosted and API indicators' notes saying what
 * they count and what they are not (indicators.json), the Sankey's source line naming each
 * market's own source and offering the stated total's and the later statement's (sankey.ts
 * bundledMoreCredits, four messages in eight languages), the data's notes in a legend marked as
 * English (`lang`): map 75.04. The opened data table's template and styles a chunk of their own,
 * loaded with a reader's first "Show data as table" (table-view.ts): map 74.60, timeline 65.35,
 * Sankey 50.51, bundle 183.97 (the one file inlines the chunk, and its styles compress apart
 * from the frame's): lowered map 75 → 74.7, timeline 65.9 → 65.4, Sankey 50.7 → 50.6, raised
 * bundle 183.4 → 184. The bundled data's titles and notes marked English in the timeline's card
 * and the charts' tooltips (ApacChart.dataLang): map 74.64, timeline 65.42, Sankey 50.56, bundle
 * 184.07: raised timeline 65.4 → 65.5, bundle 184 → 184.1. The circles a map has no room to
 * name numbered beside them, the legend naming each number (layout.ts, 'map.numbered' in eight
 * languages; a planner's call left at stop 46 between this and the 75 kB: an unnamed circle
 * beside another economy's name was read as that economy's), and, in a box of the page's height,
 * the legend keeping its tallest height there so that a legend following the drawing settles
 * (size-controller.ts; the map drew by turns at two heights without it, as at stop 37): map
 * 75.15, timeline 65.53, Sankey 50.67, bundle 184.89, largest catalogue 5.71: raised map 74.7 →
 * 75.2 (issue 15's 75 missed by 0.15 kB), timeline 65.5 → 65.6, Sankey 50.6 → 50.7, bundle
 * 184.1 → 184.9, largest catalogue 5.7 → 5.8. Files split by concern (the Sankey's bundled
 * data in sankey-data.ts, the map's tag choice in layout.ts taggedOn): map 75.13, bundle 184.93:
 * raised bundle 184.9 → 185. The projected topology on a grid of 5 steps a pixel at its
 * reference scale instead of 8 (pre-project.ts; its points move at most 0.1 px an axis there, 0.3 px
 * on the most magnified map, ASEAN's at 800 px, finer than the source's own 0.075° steps; the same
 * economies circled everywhere: pre-projected.test.ts): map 74.04, bundle 183.89: lowered map
 * 75.2 → 74.1 (under issue 15's 75 again), bundle 185 → 183.9. The timeline's detail card, its
 * template and styles, a chunk loaded once the page is idle after the first picture
 * (timeline.card.ts; its status words in status.ts, apart from reading.ts, whose import of the
 * timeline's English words split into a chunk of its own when the card's chunk reached it):
 * timeline 64.97, Sankey 50.70 (the autoloader names one more chunk), bundle 184.06 (it inlines
 * the chunk): lowered timeline 65.6 → 65, raised bundle 183.9 → 184.1. A highlight's muted
 * timeline words in the muted text colour at full opacity (timeline.styles.ts; faded with their
 * marks they fell to 1.5:1), the map's names and tags at the 11 px the layout places them at,
 * and no leader through a map's number: timeline 65.05, map 74.06, bundle 184.16: raised
 * timeline 65 → 65.1, bundle 184.1 → 184.2. The Sankey list's tooltip giving a row's flows'
 * notes (where a figure is a secondary source's, or its low end unverified; the list draws no
 * bands, whose tooltips give them), a tooltip held by its edge toward the point (at a phone's
 * right it was laid out a third of the chart wide) and the map's tags placed in another order
 * where two leaders would cross: Sankey 50.88, bundle 184.60 (50.93 and 184.69 with each note
 * on the row of the node with the fewest flows on its route): raised Sankey 50.7 → 51, bundle
 * 184.2 → 184.6. An economy with no circle and no room for its name numbered on its shape
 * (Cambodia on the ASEAN map): map 74.10, bundle 184.64: raised map 74.1 → 74.2 (under issue
 * 15's 75), bundle 184.6 → 184.7. The Sankey list's lit partners drawn only as far as their
 * flows with the row picked out go (a region's whole bar was lit for one crime's share of it):
 * Sankey 51.15, bundle 184.93: raised Sankey 51 → 51.2, bundle 184.7 → 185. The notes' markers
 * lettered (A, B, … as a spreadsheet's columns; the map's numbers for economies were read as
 * theirs): bundle 185.00: raised 185 → 185.1. A ground under a map name beside its circle that
 * lies on other land ("Singapore" over the Malay peninsula read as its name): map 74.24, bundle
 * 185.22: raised map 74.2 → 74.3 (under issue 15's 75), bundle 185.1 → 185.3. The Sankey list's
 * lit bars as one path per colour, and a note's marker kept off other economies' circles: bundle
 * 185.38: raised 185.3 → 185.4. The lit rows' bars past their share veiled rather than each
 * lit row dimmed and its share drawn again (the dimming restyled a hundred rows a hover on the
 * 300-node list): Sankey 51.22, bundle 185.41: raised Sankey 51.2 → 51.3, bundle 185.4 → 185.5.
 * Stop 51: a highlight's tags placed together (picked.ts: a beam search over each tag's cheapest
 * spots, spots stacked beside an economy, a long leader's cost), which the map's page loads only
 * with a highlight or a pick: bundle 185.71, map unchanged (74.25): raised bundle 185.5 → 185.8.
 * Then a number that finds no room beside its economy or off its coast goes on the economy's own
 * shape, a name there moving for it where that makes room (labels.ts, `onShape`: Malaysia had
 * neither name nor number on the whole region's map at 343, 375 and 406 px): map 74.25 → 75.20, bundle
 * 186.73: raised map 74.3 → 75.3 (over issue 15's 75 by 0.2 kB), bundle 185.8 → 186.8.
 * Stop 52: the map's indicators as modules (scripts/indicator-modules.mjs): the first, the map's
 * default (membership), with the map's code, each of the ten others a chunk of its own that a
 * map loads to draw it, asked for by the autoloader beside the map's code (one hash in their
 * file names and the default's id, so that it needs no list of them), the map's code knowing
 * their ids and kinds alone; a chunk that did not load updates its chart, and a map whose
 * indicator did not load says so. Map 75.17 → 72.79, timeline 65.03 → 65.19, Sankey 51.21 →
 * 51.38 (the autoloader's lines and LazyModule's), steps 14.09, bundle 186.72 → 187.32:
 * lowered map 75.3 → 72.8, raised timeline 65.1 → 65.2, Sankey 51.3 → 51.4, steps 14 → 14.1,
 * bundle 186.8 → 187.4.
 * Stop 53: the map's point-in-land test reads its point's row of each polygon's edges (made on
 * the first test), and the land grid is made with indexed loops (land-at.ts): the told resize
 * to 375 px about 2 ms sooner, the grid 0.9 ms. Map 72.79 → 73.01, bundle 187.35 → 187.57:
 * raised map 72.8 → 73.1 (issue 15's 75 still met), bundle 187.4 → 187.6. Then the callouts'
 * leaders in a layer of their own under the names (choropleth.templates.ts): map 73.04, bundle
 * 187.62: raised bundle 187.6 → 187.7.
 * Stop 54: every chart measured in the window's resize event, before the frame's layout, and
 * redrawn in that frame (size-controller.ts; a phone turned painted its new picture a frame
 * sooner), then notes' connectors parted under the labels they pass (layout/annotations.ts
 * connectorPath) and a numbered economy's note pointing at its number (choropleth.annotations.ts;
 * both in the notes' chunk through the autoloader), and charts scrolled out of the window left
 * to their observers, then the charts read in the frame's animation callbacks and those in a
 * height the page gives left to their observers: map 73.24, timeline 65.40, Sankey 51.58, bundle
 * 188.05: raised map 73.1 →
 * 73.3 (issue 15's 75 still met), timeline 65.2 → 65.4, Sankey 51.4 → 51.6, bundle 187.7 → 188.1.
 * Stop 55: each width a map is drawn at rescaled from one base a side of the phone width (375 and
 * 800 px; rescale.ts), told from the focus's bounds whether it can be, so that what a map names
 * no longer depends on the widths the page drew before, and the last geometry kept per region: map
 * 73.35, bundle 188.16: raised map 73.3 → 73.4 (issue 15's 75 still met), bundle 188.1 → 188.2.
 * Stop 56: a timeline's own plain JSON read without the validators (schema/timeline-plain.ts, a
 * chunk of its own, 0.8 kB, as the Sankey's is), so that a page drawing its own clean events loads
 * neither valibot nor the large data's layouts (about 7 kB less for it): timeline 65.57, bundle
 * 188.78: raised timeline 65.4 → 65.6, bundle 188.2 → 188.8. Then a story's graphic taller than
 * the screen stuck where the step's marks show, with room below the last step and the buttons
 * stuck to the screen's foot (elements/steps/stick-controller.ts): <apac-steps> 14.41, bundle
 * 189.09: raised <apac-steps> 14.1 → 14.5, bundle 188.8 → 189.1. Then a day axis's first tick
 * in a new month named (layout/timeline/ticks.ts): timeline 65.58, bundle 189.11: raised bundle
 * 189.1 → 189.2. Then the timeline's reading of a user's data its own class beside its data
 * (timeline-data.ts TimelineInput; the element stays under 400 lines): timeline 65.61, bundle
 * 189.15: raised timeline 65.6 → 65.7.
 * Stop 57: the timeline's calendar ticks its own (layout/timeline/utc-ticks.ts, d3-time's
 * utcTicks to the millisecond) and its span's first and last times found without d3-array, whose
 * module it shared whole with the map's chunk: timeline 63.85, bundle 188.19, map 73.20, Sankey
 * 51.60 (chunks shared differently): lowered timeline 65.7 → 63.9, bundle 189.2 → 188.2, map
 * 73.4 → 73.3. Then the Sankey's list saying how much comes in and goes out of a node whose
 * flows do not balance (a loop cut, or own data; two messages in eight languages): Sankey 51.71,
 * bundle 188.37: raised Sankey 51.6 → 51.8, bundle 188.2 → 188.4. Then the Sankey's edge
 * labels kept 5 % clear of the edges, each node's sides summed once, and the map's note markers
 * kept off other economies' land (the notes' chunk, and the map passing its land test): Sankey
 * 51.80, bundle 188.58: raised bundle 188.4 → 188.6. (The list's partner lines then written
 * with one call each: Sankey 51.79.)
 * Stop 58: the zoom buttons' signs and the vertical timeline's open and closed signs drawn as
 * paths instead of typed ("−", "⟲", "▾", "▸" are not in Noto Sans: a typed one sent the first
 * layout through the font list and a search of the system's fonts, 9 ms of the timeline's first
 * picture, traced): timeline 64.06, map 73.35, Sankey 51.83 (the buttons' rule in the shared
 * styles), bundle 188.80: raised timeline 63.9 → 64.1, map 73.3 → 73.4, Sankey 51.8 → 51.9,
 * bundle 188.6 → 188.8. Korean particles chosen by the sound a filled-in name ends in
 * (i18n/korean.ts, in the Korean catalogue's chunk: "일본이", not "일본이(가)"): Korean
 * catalogue 5.74 (+0.44), bundle 189.37: raised bundle 188.8 → 189.4, the largest catalogue
 * 5.8 → 5.9. A Sankey's flows named in words, in the chart's language ("Heroin to East Asia and
 * the Pacific": a screen reader read "→" as "right arrow"; one message in eight languages):
 * Sankey 52.02, bundle 189.56 (with the message read once a chart and translator, not filled in
 * for each of a graph's flows): raised Sankey 51.9 → 52.1, bundle 189.4 → 189.6.
 * Stop 59: the arrows between a route's stops in the Sankey list's tooltip drawn, not typed ("→"
 * is not in Noto Sans; the tooltip with two routes laid out in 8.0 ms against 10.2), and the
 * autoloader picking a language's catalogue and a map's indicator through the module the embed
 * builder shares (embed/chunk-files.ts, for its preload links): Sankey 52.17, timeline 64.12,
 * map 73.41, bundle 189.73: raised Sankey 52.1 → 52.2, timeline 64.1 → 64.2, map 73.4 → 73.5
 * (issue 15's 75 still met), bundle 189.6 → 189.8. Then the autoloader asking for what a
 * chart's first picture waits for beside its code, where its tag asks for it (notes, a link
 * group, sync-url, a map's name tags, year slider, natural breaks, viridis: their chunks' names,
 * by chart, +0.5 kB in the autoloader, on every page; on a phone's network a timeline with a
 * note or sync-url drawn 130 ms sooner, a linked one 215, a map with `highlight` 125, natural
 * breaks 160 or the year slider 140): map 73.90, timeline 64.61, Sankey 52.65, <apac-steps>
 * 14.98: raised map 73.5 → 74.0 (75 still met), timeline 64.2 → 64.7, Sankey 52.2 → 52.7,
 * <apac-steps> 14.5 → 15.0. The autoloader's `load(tag)`, with which the embed page in
 * dist/lazy asks for its one chart before making it (it hung there, waiting for a class that only
 * the tag in the page would load): Sankey 52.71, timeline 64.67, map 73.96, <apac-steps> 15.04:
 * raised Sankey 52.7 → 52.8, <apac-steps> 15.0 → 15.1. A map's circle with room for neither its
 * name nor its number numbered before the names, where that leaves fewer economies with neither
 * (placement.ts; Hong Kong, China's on the APEC map at 440 px): map 74.19, bundle 189.93: raised
 * map 74 → 74.2 (75 still met), bundle 189.8 → 190. A number tried at its circle's corners and a
 * step out where its sides have no room (label-spots.ts; Hong Kong, China's on the default map at
 * a 375 px phone's 343): map 74.27, bundle 190.01: raised map 74.2 → 74.3, bundle 190 → 190.1.
 * The autoloader's `load(tag, planned)`, with which the embed page has the chart's notes, link
 * group and other asks requested beside its code (its notes came a round trip after): timeline
 * 64.70: raised timeline 64.7 → 64.8. A map's numbers placed first only where none comes out
 * wider than the room it was placed in, and a note's marker free to stand by its own economy's
 * number: map 74.33: raised map 74.3 → 74.4 (75 still met). The embed page reading its URL's
 * parameters as its reader does for what to ask beside the chart's code (names in any case, the
 * first of two, notes that read as notes), and the autoloader asking for a planned map's
 * indicator: <apac-steps> 15.10, embed.js 2.12: raised <apac-steps> 15.1 → 15.2, embed.js 2.1 →
 * 2.2.
 * Stop 61: a chart on screen whose box the page changes redraws inside its ResizeObserver's
 * delivery, its frame held at its height until the frame is painted (size-controller.ts
 * drawInDelivery: the new picture in the frame that lays the box out, 32 of 32 resizes a chart
 * against 0 of 32): +0.1 to 0.15 kB on every page: bundle 190.20, map 74.47 (75 still met),
 * timeline 64.88, Sankey 52.93: raised bundle 190.1 → 190.2, map 74.4 → 74.5, timeline 64.8 →
 * 64.9, Sankey 52.8 → 53.0.
 * Stop 62: a story's tall graphic stuck with the step's marks below its card, and for the marks
 * the step names where all it picks out cannot be on the screen at once (a Sankey list's last
 * step hid its crime's row under the card); a Sankey node whose flows onward close a loop kept
 * in its column and coloured as the nodes beside it (justified, it went among the destinations):
 * bundle 190.46, <apac-steps> 15.30, Sankey 52.99: raised bundle 190.2 → 190.5, <apac-steps>
 * 15.2 → 15.3. A map's numbers renumbered 1, 2, 3… where a highlight's tags take some (its key
 * read "1, 4, 6"): map 74.53 (75 still met), bundle 190.50: raised map 74.5 → 74.6, bundle 190.5
 * → 190.6. A phone's data table as a card a row, and a line break allowed after an address's
 * slashes wherever a citation is written (the table's cells, tooltips, source lines): bundle
 * 190.82, timeline 64.95, Sankey 53.05 (the map 74.59, under its 74.6): raised bundle 190.6 → 190.9, timeline
 * 64.9 → 65.0, Sankey 53.0 → 53.1. The map's key and numbers leaving out the numbers a
 * highlight's tags cover (the key listed "2 Thailand" with no 2 drawn): map 74.64 (75 still
 * met): raised map 74.6 → 74.7. A phone's timeline row writing its forum and city on two lines
 * where one is too short (cut at one: "Subic Bay Freep…"): timeline 65.01, bundle 190.93: raised
 * timeline 65.0 → 65.1, bundle 190.9 → 191.0.
 * Stop 63: a zoomed map laid out again for its view once the zoom settles (names, numbers and
 * circles their own size, an economy named once drawn large enough; the layout for a view a
 * chunk of its own, 0.9 kB, loaded on the first zoom), the buttons and keys zooming about the
 * middle of what the screen shows (in the zoom chunk: 7.99), keyboard focus kept on a mark a
 * redraw draws as another element (+0.02 on every chart), tags only for the economies in the
 * view (in the tags' chunk); the zoom controller's `transform`, `apply` and `rescaleX` gone
 * (the timeline rescales its axis itself): map 74.99 (75 still met), timeline 65.10, Sankey
 * 53.12, bundle 192.00: raised map 74.7 → 75.0, Sankey 53.1 → 53.2, bundle 191.0 → 192.1. A
 * review of the zoomed map at 320–1280 px: the legend's height held while zoomed, a tooltip
 * moved with the view, a note on an economy off it listed (those in the zoomed map's chunk),
 * circles kept off the zoom buttons' corner: map 75.00, bundle 192.41: raised bundle 192.1 →
 * 192.5. The year slider's words moved into its chunk (en-slider.ts): map 74.98. A zoomed view
 * panned to the economy the keyboard moves to off it (in the zoomed map's chunk, 1.3 kB): map
 * 74.97, bundle 192.54: raised bundle 192.5 → 192.6. A mouse's Ctrl+wheel notch zooming one
 * step, as the buttons do (d3-zoom's default zoomed it about 4 times; its wheelDelta in the zoom
 * chunk): zoom chunk 8.05, timeline 65.10, map 74.98, bundle 192.60: raised zoom chunk 8 → 8.1,
 * timeline 65.1 → 65.2, bundle 192.6 → 192.7.
 * Stop 64: a story's graphic moved down (or up) where the marks a step picks out would sit under
 * its card as it crosses the middle (a graphic that fits the screen was never moved; a tall one
 * stopped at the screen's top): <apac-steps> 15.35, bundle 192.64: raised <apac-steps> 15.3 →
 * 15.4. A timeline's highlighted events keep their labels whole, later marks moved to another
 * row (a story's step named the 10th AMMTC in its header only: the lane's rows were full):
 * timeline 65.23, bundle 192.76: raised timeline 65.2 → 65.3, bundle 192.7 → 192.8. A phone's
 * tooltip as wide as it may be, under or over its point, where the room beside it is narrower
 * (it was a column 150 px wide and 300 tall beside Japan at 320 px; +0.1 kB on every page: the
 * map 75.10), then the words of the map's indicators but the one a page draws off the map's
 * page (each indicator's module adds its own English words from the dataset as it loads: the
 * map −0.5 kB): map 74.59, timeline 65.31, Sankey 53.20, bundle 192.82: lowered map 75 → 74.6,
 * raised timeline 65.3 → 65.4, bundle 192.8 → 192.9. Charts printed light whatever their theme
 * (a dark chart printed light words on white paper; +0.03 kB on every page): map 74.62, Sankey
 * 53.22, timeline 65.33, bundle 192.85: raised map 74.6 → 74.7 (75 still met), Sankey 53.2 →
 * 53.3. After a screenshot review: a called-out economy's tooltip at its circle, a story's marks
 * clear of the whole card, a tap on a row of the timeline's phone list with no tooltip repeating
 * it: map 74.63, timeline 65.38, bundle 192.94: raised bundle 192.9 → 193.0. A story's chart
 * left where the styles stick it where its cards run beside it (800 px and up: it was pushed
 * down for marks level with the card): <apac-steps> 15.41, bundle 192.99: raised <apac-steps>
 * 15.4 → 15.5.
 */
const BUDGETS = {
  'dist/apac-viz.js (all three charts, dataset, map)': 193.0,
  'choropleth via dist/lazy': 74.7,
  'timeline via dist/lazy': 65.4,
  'sankey via dist/lazy': 53.3,
  'dist/apac-viz.worker.js (the data worker, for a large file at src)': 12,
  '<apac-steps> via dist/lazy (Lit and the catalogue shared with its chart)': 15.5,
  'the largest catalogue besides English, via dist/lazy': 5.9,
  "the zoom chunk, via dist/lazy (d3-zoom, loaded on the reader's first zoom or pan)": 8.1,
  'dist/embed.js': 2.2,
  'dist/embed-parent.js': 0.5,
};

const gzipKB = (files: string[]) =>
  files.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0) / 1024;

interface ManifestChunk {
  file: string;
  /** The chunk's name: its entry's file name, or a group's name in vite.config.ts. */
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}

/** Vite's record of the autoloader build: every chunk, its static imports, its CSS and assets. */
const manifest = (): Record<string, ManifestChunk> =>
  JSON.parse(readFileSync(join(dist, 'lazy', '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;

/**
 * What a page with only `chart` on it downloads: the autoloader, the chart's chunk, and every
 * chunk those import statically (with their CSS and assets), as Vite's build manifest lists them.
 */
function closure(chart: string): string[] {
  const chunks = manifest();
  const entry = Object.entries(chunks).find(([, c]) => c.isEntry);
  const key = `src/${chart}.ts`;
  if (!entry) throw new Error('no entry in dist/lazy/.vite/manifest.json');
  if (!entry[1].dynamicImports?.includes(key))
    throw new Error(
      `the autoloader does not load ${key} (dynamic imports: ${entry[1].dynamicImports})`
    );
  const files = new Set<string>();
  const visit = (name: string) => {
    const chunk = chunks[name];
    if (!chunk) throw new Error(`${name} is not in the build manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    // The data worker, an asset of the chunk that starts it, loads only for a large file at `src`.
    for (const f of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) if (f !== WORKER) files.add(f);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(entry[0]);
  visit(key);
  return [...files].map((f) => join(dist, 'lazy', f));
}

/**
 * Every chunk a page with `chart` may ever load: its static closure and, transitively, what those
 * chunks import dynamically (the validators of a user's data, a language's catalogue).
 */
function everything(chart: string): string[] {
  const chunks = manifest();
  const seen = new Set<string>();
  const visit = (name: string) => {
    const chunk = chunks[name];
    if (!chunk) throw new Error(`${name} is not in the build manifest`);
    if (seen.has(name)) return;
    seen.add(name);
    for (const i of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(i);
  };
  visit(`src/${chart}.ts`);
  return [...seen];
}

/** The manifest keys of `files` (paths from closure()), by the chunk's name in vite.config.ts. */
function chunkNames(files: string[]): string[] {
  const byFile = new Map(Object.values(manifest()).map((c) => [join(dist, 'lazy', c.file), c]));
  return files.flatMap((f) => {
    const chunk = byFile.get(f);
    return chunk?.name ? [chunk.name] : [];
  });
}

/** The data worker's file, beside the script in both builds (vite.config.ts). */
const WORKER = 'apac-viz.worker.js';

/** The validators of a user's data: the chunks the charts import dynamically from src/schema. */
const VALIDATORS = ['choropleth-input', 'timeline-input', 'sankey-input'];

/** The chunks of the catalogues besides English, which the autoloader imports on demand. */
function catalogues(): string[] {
  return Object.entries(manifest())
    .filter(([key]) => key.startsWith('src/i18n/locales/'))
    .map(([, c]) => join(dist, 'lazy', c.file));
}

const measured: Record<keyof typeof BUDGETS, () => number> = {
  'dist/apac-viz.js (all three charts, dataset, map)': () => gzipKB([join(dist, 'apac-viz.js')]),
  'choropleth via dist/lazy': () => gzipKB(closure('choropleth')),
  'timeline via dist/lazy': () => gzipKB(closure('timeline')),
  'sankey via dist/lazy': () => gzipKB(closure('sankey')),
  '<apac-steps> via dist/lazy (Lit and the catalogue shared with its chart)': () =>
    gzipKB(closure('steps')),
  'the largest catalogue besides English, via dist/lazy': () =>
    Math.max(...catalogues().map((f) => gzipKB([f]))),
  "the zoom chunk, via dist/lazy (d3-zoom, loaded on the reader's first zoom or pan)": () =>
    gzipKB([join(dist, 'lazy', manifest()['src/core/zoom-d3.ts']?.file ?? 'no zoom chunk')]),
  'dist/apac-viz.worker.js (the data worker, for a large file at src)': () =>
    gzipKB([join(dist, WORKER)]),
  'dist/embed.js': () => gzipKB([join(dist, 'embed.js')]),
  'dist/embed-parent.js': () => gzipKB([join(dist, 'embed-parent.js')]),
};

describe('size budgets (gzip)', () => {
  for (const [name, budget] of Object.entries(BUDGETS) as [keyof typeof BUDGETS, number][]) {
    it(`${name} ≤ ${budget} kB`, () => {
      const kb = measured[name]();
      console.log(`${name}: ${kb.toFixed(3)} kB gzip (budget ${budget})`);
      expect(kb).toBeGreaterThan(0.1);
      expect(kb).toBeLessThanOrEqual(budget);
    });
  }

  it('an English page loads no other catalogue: each is its own chunk, loaded on demand', () => {
    const files = catalogues();
    expect(files.map((f) => /([\w-]+)-[\w-]{8}\.js$/.exec(f)?.[1]).sort()).toEqual(
      ['es', 'id', 'ja', 'ko', 'th', 'vi', 'zh-Hans'].sort()
    );
    for (const chart of ['sankey', 'timeline', 'choropleth'])
      for (const f of files) expect(closure(chart)).not.toContain(f);
  });

  it('the manifest accounts for every file in dist/lazy', () => {
    const chunks = manifest();
    const listed = new Set([
      ...['sankey', 'timeline', 'choropleth', 'steps'].flatMap((c) => closure(c)),
      ...['sankey', 'timeline', 'choropleth', 'steps']
        .flatMap((c) => everything(c))
        .map((key) => join(dist, 'lazy', chunks[key]?.file ?? key)),
      ...catalogues(),
      // The data worker, which the manifest lists as an asset of the chunk that starts it.
      ...Object.values(chunks)
        .flatMap((c) => c.assets ?? [])
        .map((f) => join(dist, 'lazy', f)),
      // The embed page's script and styles, copied from dist/ beside the autoloader (build.mjs).
      ...['embed.js', 'embed.css'].map((f) => join(dist, 'lazy', f)),
    ]);
    const onDisk = readdirSync(join(dist, 'lazy'))
      .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
      .map((f) => join(dist, 'lazy', f));
    expect(onDisk.length).toBeGreaterThanOrEqual(4);
    expect([...listed].sort()).toEqual(onDisk.sort());
  });

  it('a chart loaded alone ships less than the one-file bundle', () => {
    const all = measured['dist/apac-viz.js (all three charts, dataset, map)']();
    for (const chart of ['sankey', 'timeline'] as const)
      expect(gzipKB(closure(chart))).toBeLessThan(all * 0.6);
  });

  it('a page with only a Sankey or only a timeline loads neither the map, the other chart’s data, nor the validators', () => {
    const sankey = chunkNames(closure('sankey'));
    const timeline = chunkNames(closure('timeline'));
    const map = chunkNames(closure('choropleth'));
    // Each chart's own bundled data, in a chunk named for its file; the map's default indicator
    // with its code, the ten others each in a chunk of its own that a map loads to draw it.
    expect(sankey).toContain('data-flows');
    expect(timeline).toEqual(expect.arrayContaining(['data-events', 'data-economies']));
    expect(map).toEqual(expect.arrayContaining(['data-topology', 'data-economies']));
    const indicators = (files: string[]) =>
      files.map((f) => basename(f)).filter((f) => f.startsWith('indicator-'));
    expect(indicators(closure('choropleth'))).toEqual([]);
    const onDemand = everything('choropleth').filter((k) => k.startsWith('apac-viz:indicator/'));
    expect(onDemand.length).toBe(10);
    for (const not of ['choropleth', 'data-topology', 'data-events', 'timeline'])
      expect(sankey).not.toContain(not);
    for (const not of ['choropleth', 'data-topology', 'data-flows', 'sankey'])
      expect(timeline).not.toContain(not);
    for (const page of ['sankey', 'timeline']) expect(indicators(closure(page))).toEqual([]);
    // No chart loads valibot or a validator to draw its bundled data …
    for (const page of [sankey, timeline, map])
      for (const not of ['valibot', ...VALIDATORS]) expect(page).not.toContain(not);
  });

  it('the validators load only on demand: each chart imports its own dynamically, with valibot', () => {
    const chunks = manifest();
    for (const chart of ['sankey', 'timeline', 'choropleth']) {
      const own = `src/schema/${chart}-input.ts`;
      expect(chunks[`src/${chart}.ts`]?.dynamicImports).toContain(own);
      expect(chunks[own]?.isDynamicEntry).toBe(true);
      expect(chunks[own]?.imports?.map((i) => chunks[i]?.name)).toContain('valibot');
      // … and only its own.
      const others = VALIDATORS.filter((v) => !own.includes(v)).map((v) => `src/schema/${v}.ts`);
      for (const other of others) expect(everything(chart)).not.toContain(other);
    }
  });

  it("the opened table's, the notes' and the timeline's card's code and styles load only when a reader or the page needs them", () => {
    const chunks = manifest();
    const lazies = [
      'src/core/table-view.ts',
      'src/core/annotations.templates.ts',
      'src/elements/timeline/timeline.card.ts',
    ];
    for (const lazy of lazies) expect(chunks[lazy]?.isDynamicEntry, lazy).toBe(true);
    for (const chart of ['sankey', 'timeline', 'choropleth']) {
      const loaded = closure(chart)
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
      // The table's sticky first column, the notes' boxes and the card's definition list are
      // styled in those chunks alone.
      expect(loaded, chart).not.toMatch(/\.table-wrap|\.note-box|\.card dl/);
      expect(everything(chart), chart).toContain('src/core/table-view.ts');
    }
  });

  it("each chart's code carries V8's compile hint at its top; its data and the one file do not", () => {
    const hinted = (f: string) =>
      readFileSync(f, 'utf8').startsWith('//# allFunctionsCalledOnLoad\n');
    const byName = new Map(Object.values(manifest()).map((c) => [c.name, c]));
    for (const chart of ['choropleth', 'timeline', 'sankey']) {
      const own = join(dist, 'lazy', byName.get(chart)?.file ?? `${chart}.js`);
      expect(hinted(own), chart).toBe(true);
      const data = closure(chart).filter((f) => /[\\/]data-(events|flows|economies)-/.test(f));
      expect(data.length, `${chart}'s data`).toBeGreaterThan(0);
      for (const f of data) expect(hinted(f), f).toBe(false);
    }
    for (const name of VALIDATORS) {
      const file = byName.get(name)?.file;
      expect(file && hinted(join(dist, 'lazy', file)), name).toBe(false);
    }
    expect(hinted(join(dist, 'apac-viz.js')), 'the one file').toBe(false);
  });
});
