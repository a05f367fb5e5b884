/**
 * Names written family name first: Chinese, Japanese and Korean names in their own scripts with a
 * space ("李 华"), and romanised Chinese, Korean and Taiwanese or Hong Kong names as news agencies
 * write them ("Xi Jinping", "Zhao Lijian", "Kim Jong-un", "Tsai Ing-wen"). APA 7 (§9.8 and its
 * style blog on names), MLA 9 (2.71) and the Chicago Manual (17th ed., 8.14, 16.83) keep the family
 * name first and cite it as the family name ("Xi, J."); a parser that takes the last word for the
 * family name writes "Jinping, X." and files Xi under J.
 *
 * Ours because neither @citation-js/name nor any other name parser on npm knows name order: they
 * all read "given family". The rule is deliberately narrow, so a Western name is never turned
 * round: the first word must be a common family name of that language, and the rest must look like
 * a romanised given name (one or two pinyin syllables, two syllables joined by a hyphen, or two
 * one-syllable words).
 */

/** A name split family name first. */
export interface FamilyFirstName {
  family: string;
  given: string;
}

/** A name in Han, Hangul or Kana with a space after its first word: family name, then given name. */
const EAST_ASIAN_SCRIPT_NAME =
  /^([\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}ー]+) ([\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}ー ]+)$/u;

/**
 * Common Chinese family names in Hanyu Pinyin: the 100 most frequent in the Ministry of Public
 * Security's 2020 household register report, with the compound names and the few others that
 * news about China's leadership uses (Xi, Hua, Ai, Bo).
 */
const PINYIN_FAMILY_NAMES = new Set(
  (
    'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang ' +
    'Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lü Lyu Ding Ren Lu Yao Shen ' +
    'Zhong Cui Tan Fan Liao Shi Jin Jia Xia Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Yin Xue Yan Duan Lei Long Tao ' +
    'Mao Hao Gu Gong Shao Wan Qian Lai Hong Mo Kong Xiang Chang Wen Kang Niu Qi Xi Yi Geng Bo Hua Ai Ouyang Sima Zhuge'
  ).split(' '),
);

/**
 * Family names that come first in names romanised with a hyphenated given name: Korean (Revised
 * and McCune–Reischauer spellings of the most common names in Statistics Korea's 2015 census),
 * and Chinese in Wade–Giles and Cantonese spellings (Taiwan, Hong Kong, Singapore).
 */
const HYPHENATED_GIVEN_FAMILY_NAMES = new Set([
  ...PINYIN_FAMILY_NAMES,
  ...(
    'Kim Lee Park Choi Jung Jeong Kang Cho Jo Yoon Yun Jang Lim Im Han Oh Seo Shin Kwon Hwang Ahn Song Yoo Yu Hong ' +
    'Jeon Chun Ko Go Moon Mun Yang Son Bae Baek Heo Nam Roh No Ha Kwak Sung Cha Joo Woo Min Ryu Na Jin Ban Chung ' +
    'Rhee Yi Byun Chae Tsai Chiang Hsu Hsieh Chou Kuo Lien Soong Tung Leung Lam Chan Cheung Wong Ng Lau Ho Tse ' +
    'Tsang Yeung Chow Tam Fung Yip Kwok Lo Mak Law Teo Goh Ong Tan Koh Yeo'
  ).split(' '),
]);

// One Hanyu Pinyin syllable without tone marks: an optional initial and a final.
const PINYIN_SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|üe|ve|a|e|i|o|u|ü|v)';
/** A pinyin given name: one or two syllables, the second after an optional apostrophe ("Xi'an"). */
const PINYIN_GIVEN = new RegExp(`^${PINYIN_SYLLABLE}(?:'?${PINYIN_SYLLABLE})?$`, 'iu');
/**
 * A given name of two romanised syllables joined by a hyphen, the second in lower case as Korean
 * and Taiwanese romanisation writes it ("Jong-un", "Ing-wen", "Chee-hwa") or capitalised as AFP
 * writes it ("Jong-Un", "Jae-In"); both parts must be syllables (see `ROMANISED_SYLLABLE`).
 */
const HYPHENATED_GIVEN = /^(\p{Lu}\p{Ll}{0,5})-(\p{Lu}?\p{Ll}{1,5})$/u;
/**
 * One romanised Korean or Chinese syllable written as a word of its own, as AP and Reuters write
 * "Kim Jong Un" and Singapore "Lee Hsien Loong": a few consonants, one to three vowels, and at
 * most a final n, ng, m, k, l, p, t, h or w. "Harvey", "Ann" or "Oswald" are not.
 */
const ROMANISED_SYLLABLE = /^[b-df-hj-np-tv-z]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|l|p|t|h|w)?$/;
const isHyphenatedGiven = (given: string) => {
  const parts = HYPHENATED_GIVEN.exec(given);
  return parts?.slice(1).every((part) => ROMANISED_SYLLABLE.test(part.toLowerCase())) ?? false;
};
const isSyllableWord = (word: string) => /^\p{Lu}\p{Ll}*$/u.test(word) && ROMANISED_SYLLABLE.test(word.toLowerCase());

/**
 * The spelling the rules test: tone marks dropped ("Xí Jìnpíng", "Lǚ" as "Lu"), typographic
 * hyphens (U+2010, U+2011) and apostrophes (U+2019, U+02BC) as ASCII ones, as bylines are typeset.
 */
const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2010\u2011]/gu, '-')
    .replace(/[\u2019\u02BC]/gu, "'");

/** "XI" or "xi" as the lists spell it: "Xi". */
const titleCase = (word: string) => word.charAt(0).toLocaleUpperCase('en') + word.slice(1).toLocaleLowerCase('en');

/**
 * The family and given names of a name written family name first, or `undefined` for any other
 * name (which the caller parses as "given family"). `name` has its white space collapsed. The
 * family name keeps the byline's own spelling and case ("XI Jinping" gives family "XI").
 * @example familyFirst('Xi Jinping') // { family: 'Xi', given: 'Jinping' }
 * @example familyFirst('Kim Jong-un') // { family: 'Kim', given: 'Jong-un' }
 * @example familyFirst('Lee Hsien Loong') // { family: 'Lee', given: 'Hsien Loong' }
 * @example familyFirst('李 华') // { family: '李', given: '华' }
 * @example familyFirst('Michelle Bachelet') // undefined
 */
export function familyFirst(name: string): FamilyFirstName | undefined {
  const script = EAST_ASIAN_SCRIPT_NAME.exec(name);
  if (script) return { family: script[1]!, given: script[2]! };
  const words = plain(name).split(' ');
  const original = name.split(' ');
  if (words.length !== original.length) return undefined;
  if (words.length === 3) {
    const [family, ...given] = words as [string, string, string];
    if (HYPHENATED_GIVEN_FAMILY_NAMES.has(titleCase(family)) && given.every(isSyllableWord)) {
      return { family: original[0]!, given: original.slice(1).join(' ') };
    }
    return undefined;
  }
  if (words.length !== 2) return undefined;
  const [family, given] = words as [string, string];
  // A given name in capitals ("Xi JINPING") is not how either order is written; leave it.
  if (!/^\p{Lu}/u.test(given) || given === given.toLocaleUpperCase('en')) return undefined;
  const known = titleCase(family);
  if (PINYIN_FAMILY_NAMES.has(known) && PINYIN_GIVEN.test(given)) return { family: original[0]!, given: original[1]! };
  if (HYPHENATED_GIVEN_FAMILY_NAMES.has(known) && isHyphenatedGiven(given)) return { family: original[0]!, given: original[1]! };
  return undefined;
}
