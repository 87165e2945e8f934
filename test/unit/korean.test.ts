/** Korean particles chosen by the sound a filled-in name ends in. */
import {describe, expect, it} from 'vitest';
import {koreanParticles} from '../../src/i18n/korean.js';
import {loadLocale, translator} from '../../src/i18n/catalogue.js';
import '../../src/i18n/en-link.js';

describe('Korean particles', () => {
  it('after a Hangul name: the consonant form, the vowel form, and 로 after ㄹ', () => {
    expect(koreanParticles('일본이(가) 주최')).to.equal('일본이 주최');
    expect(koreanParticles('말레이시아이(가) 주최')).to.equal('말레이시아가 주최');
    expect(koreanParticles('태국을(를)')).to.equal('태국을');
    expect(koreanParticles('베트남과(와) 필리핀와(과)')).to.equal('베트남과 필리핀과');
    expect(koreanParticles('인도네시아은(는)')).to.equal('인도네시아는');
    expect(koreanParticles('동아시아(으)로')).to.equal('동아시아로');
    expect(koreanParticles('서울(으)로')).to.equal('서울로');
    expect(koreanParticles('일본(으)로')).to.equal('일본으로');
  });

  it('after a number, as it is read: the last digit, or the unit of its zeros', () => {
    expect(koreanParticles('1(으)로 2(으)로 3(으)로')).to.equal('1로 2로 3으로');
    expect(koreanParticles('12이(가) 15이(가) 16이(가)')).to.equal('12가 15가 16이');
    expect(koreanParticles('10이(가) 1,000이(가) 20000이(가)')).to.equal('10이 1,000이 20000이');
    expect(koreanParticles('1.5이(가) 0이(가)')).to.equal('1.5가 0이');
  });

  it('reads through closing quotes; leaves both forms where the ending is not written', () => {
    expect(koreanParticles('"태국"이(가)')).to.equal('"태국"이');
    expect(koreanParticles('“아세안”은(는)')).to.equal('“아세안”은');
    expect(koreanParticles('APEC이(가) 주최')).to.equal('APEC이(가) 주최');
    expect(koreanParticles('범주(아세안)')).to.equal('범주(아세안)');
  });

  it('is applied to the Korean catalogue’s messages once their names are in', async () => {
    await loadLocale('ko');
    const t = translator('ko-KR');
    expect(t('link.hostedBy', {economies: '일본'})).to.equal('일본이 주최한 행사만 표시.');
    expect(t('link.hostedBy', {economies: '말레이시아'})).to.equal(
      '말레이시아가 주최한 행사만 표시.'
    );
    expect(t('sankey.toNames', {names: '동아시아'})).to.equal('동아시아로');
    expect(t('link.hostedBy', {economies: 'APEC'})).to.equal('APEC이(가) 주최한 행사만 표시.');
    // Other languages are left as written.
    expect(translator('en')('link.hostedBy', {economies: '일본이(가)'})).to.contain('일본이(가)');
  });
});
