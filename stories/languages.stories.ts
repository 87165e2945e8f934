import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/index.js';

/**
 * Every word a chart writes comes from the catalogue of its `lang` (else the page's language):
 * English, Bahasa Indonesia, ภาษาไทย, Tiếng Việt, 简体中文, 日本語, 한국어 and Español. Economy
 * names come from the browser in that language, within APEC's and ASEAN's naming convention
 * ("Chinese Taipei" and "Hong Kong, China" are never renamed). `en-XA` is a pseudo-locale
 * that makes every message 40 % longer, for testing layouts. Headlines are the page's own text
 * and are given here in each language.
 */
const meta: Meta = {title: 'Languages'};
export default meta;
type Story = StoryObj;

export const MapThai: Story = {
  name: 'Map in Thai',
  render: () =>
    html`<apac-choropleth
      lang="th"
      headline="เอเปคและอาเซียน: การเป็นสมาชิก"
      time-slider
    ></apac-choropleth>`,
};

export const MapJapanese: Story = {
  name: 'Map in Japanese',
  render: () =>
    html`<apac-choropleth
      lang="ja"
      headline="APEC と ASEAN の加盟状況"
      region="asean"
      indicator="asean-join-year"
    ></apac-choropleth>`,
};

export const TimelineIndonesian: Story = {
  name: 'Timeline in Indonesian',
  render: () =>
    html`<apac-timeline
      lang="id"
      headline="Kerja sama kontraterorisme di Asia-Pasifik"
      group-by="kind"
    ></apac-timeline>`,
};

export const TimelineChinese: Story = {
  name: 'Timeline in Simplified Chinese',
  render: () =>
    html`<apac-timeline
      lang="zh-Hans"
      headline="亚太地区反恐合作"
      group-by="theme"
    ></apac-timeline>`,
};

export const TimelineThai: Story = {
  name: 'Timeline in Thai',
  render: () =>
    html`<apac-timeline
      lang="th"
      headline="ความร่วมมือต่อต้านการก่อการร้ายในเอเชียแปซิฟิก"
      group-by="kind"
    ></apac-timeline>`,
};

export const SankeyJapanese: Story = {
  name: 'Sankey in Japanese',
  render: () =>
    html`<apac-sankey
      lang="ja"
      report="sea2019"
      headline="東南アジアの違法市場の規模（2019 年）"
    ></apac-sankey>`,
};

export const SankeyKorean: Story = {
  name: 'Sankey in Korean',
  render: () =>
    html`<apac-sankey lang="ko" headline="동아시아·태평양의 불법 자금 흐름"></apac-sankey>`,
};

export const SankeySpanish: Story = {
  name: 'Sankey in Spanish',
  render: () =>
    html`<apac-sankey
      lang="es"
      report="sea2019"
      headline="Sudeste asiático: tamaño de los mercados ilícitos, 2019"
    ></apac-sankey>`,
};

export const SankeyVietnamese: Story = {
  name: 'Sankey in Vietnamese',
  render: () =>
    html`<apac-sankey
      lang="vi"
      report="sea2019"
      headline="Đông Nam Á: quy mô các thị trường bất hợp pháp, 2019"
    ></apac-sankey>`,
};

export const Pseudo: Story = {
  name: 'Pseudo-locale (+40 %)',
  render: () =>
    html`<apac-choropleth lang="en-XA" time-slider></apac-choropleth>
      <apac-timeline lang="en-XA"></apac-timeline>
      <apac-sankey lang="en-XA"></apac-sankey>`,
};
